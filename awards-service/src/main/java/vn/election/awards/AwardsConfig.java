package vn.election.awards;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** The knobs of the awards service. */
@ConfigMapping(prefix = "awards")
public interface AwardsConfig {

    /**
     * The base salary (mức lương cơ sở) in VND that prize money is a multiple of (K-11); it changes by
     * decree (2,340,000 from 01/7/2024).
     */
    @WithDefault("2340000")
    BigDecimal baseSalaryVnd();

    /**
     * The share of the emulation and commendation council (Hội đồng Thi đua–Khen thưởng) that must vote
     * for a nomination before it counts as reviewed (K-9: the older rule of at least 80 %, M).
     */
    @WithDefault("0.80")
    BigDecimal councilApprovalShare();
}
