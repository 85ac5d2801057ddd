package vn.election.registry.candidate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/elections/{id}/candidates}: a filing with its dossier (hồ sơ ứng cử, C-3). */
@Schema(name = "NewCandidate", description = "A candidate's filing (hồ sơ ứng cử) in one electoral unit")
public record NewCandidate(
        @Schema(example = "5b7f2d4e-8c11-4f55-9d3c-1a2b3c4d5e6f") @NotNull
        UUID electoralUnitId,

        @Schema(
                example = "006085001234",
                description = "12-digit citizen id (số định danh cá nhân): one person " + "across filings (C-5)")
        @NotNull
        @Pattern(regexp = "\\d{12}", message = "must be 12 digits")
        String citizenId,

        @Schema(example = "Hoàng Thị Hạnh") @NotBlank @Size(max = 200)
        String fullName,

        @Schema(example = "1975-08-19", description = "At least 21 on election day (C-1)") @NotNull
        LocalDate birthDate,

        @Schema(example = "FEMALE") @NotNull Candidate.Gender gender,

        @Schema(example = "Tày", description = "Dân tộc") @NotBlank @Size(max = 100)
        String ethnicity,

        @Schema(example = "Không", description = "Tôn giáo") @NotBlank @Size(max = 100)
        String religion,

        @Schema(example = "Xã Cao Kỳ, huyện Chợ Mới, tỉnh Bắc Kạn", description = "Quê quán") @NotBlank @Size(max = 300)
        String hometown,

        @Schema(example = "Phường Đức Xuân, thành phố Bắc Kạn", description = "Nơi ở hiện nay")
        @NotBlank
        @Size(max = 300)
        String residence,

        @Schema(example = "Thạc sĩ Quản lý kinh tế", description = "Trình độ học vấn, chuyên môn")
        @NotBlank
        @Size(max = 300)
        String education,

        @Schema(example = "Công chức", description = "Nghề nghiệp, chức vụ") @NotBlank @Size(max = 300)
        String occupation,

        @Schema(example = "Sở Nội vụ tỉnh Bắc Kạn", description = "Nơi công tác") @NotBlank @Size(max = 300)
        String workplace,

        @Schema(description = "Đảng viên") boolean partyMember,

        @Schema(example = "NOMINATED", description = "Được giới thiệu or tự ứng cử (C-6)") @NotNull
        Candidate.Nomination nomination,

        @Schema(
                example = "Sinh năm 1975 tại Bắc Kạn; công tác tại Sở Nội vụ từ năm 2000.",
                description = "Tiểu sử tóm tắt")
        @NotBlank
        @Size(max = 10_000)
        String biography,

        @Schema(
                description = "C-4: an NA candidate nominated by a central agency, whose dossier is filed at the "
                        + "National Election Council; false or absent for local and self-nominated candidates")
        Boolean centralNominee,

        @Schema(
                example = "10001",
                description = "C-4: the administrative unit where the candidate lives; a People's Council "
                        + "candidate lives or works inside the council's unit")
        @Size(max = 5)
        String residenceCode,

        @Schema(example = "10001", description = "C-4: the administrative unit where the candidate works regularly")
        @Size(max = 5)
        String workplaceCode,

        @Schema(
                example = "Tham gia xây dựng chính sách hỗ trợ đồng bào vùng cao phát triển kinh tế.",
                description = "Chương trình hành động, made public with the official list (C-3); may be filed later")
        @Size(max = 20_000)
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        String actionProgramme) {}
