package vn.election.demo.plan;

import java.time.LocalDate;

/** A candidate's filing (hồ sơ ứng cử, C-3) as the registry takes it. */
public record CandidatePlan(
        String citizenId,
        String fullName,
        LocalDate birthDate,
        Gender gender,
        String ethnicity,
        String hometown,
        String residence,
        String education,
        String occupation,
        String workplace,
        boolean partyMember,
        String nomination) {

    public enum Gender {
        MALE,
        FEMALE
    }

    public String biography() {
        return "Sinh ngày " + birthDate + " tại " + hometown + "; " + occupation.toLowerCase() + ", " + workplace + ".";
    }
}
