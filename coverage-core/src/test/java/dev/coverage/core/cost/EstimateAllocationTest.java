package dev.coverage.core.cost;

import static dev.coverage.core.cost.CostFixtures.claim;
import static dev.coverage.core.cost.CostFixtures.line;
import static dev.coverage.core.cost.CostFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.NetworkStatus;
import dev.coverage.core.code.Percent;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.plan.CostSharing;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.ProductType;
import dev.coverage.core.plan.ServiceClass;
import dev.coverage.core.reference.ReferenceFees;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The estimate runs inside every claim check, whose budget is about a microsecond and at most 1 KB
 * allocated for a five-line claim; the estimate must leave most of that to the rules.
 */
class EstimateAllocationTest {
  /**
   * Measured 504 bytes on HotSpot with compressed references: five lines of 72 bytes, the array of
   * 40, the estimate of 40, and four 16-byte {@code Optional}s the plan and the fee port return.
   * The budget leaves room for a JVM without compressed references (about 600 bytes).
   */
  private static final int BUDGET_BYTES = 640;

  @Test
  void estimating_a_five_line_claim_allocates_one_object_per_line_and_one_per_claim() {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    assumeTrue(threads instanceof com.sun.management.ThreadMXBean, "HotSpot allocation counter");
    com.sun.management.ThreadMXBean counter = (com.sun.management.ThreadMXBean) threads;
    assumeTrue(
        counter.isThreadAllocatedMemorySupported() && counter.isThreadAllocatedMemoryEnabled());

    // GIVEN every kind of line: fee schedule, percent of reference, copay, billed charge, self-pay
    Plan plan =
        Plan.builder()
            .id("ACME-PPO-2026")
            .productType(ProductType.PPO)
            .inNetwork(
                CostSharing.builder()
                    .deductible(usd("500.00"))
                    .coinsurance(Percent.of(20))
                    .putCopays(ServiceClass.SPECIALIST_VISIT, usd("50.00"))
                    .outOfPocketMaximum(usd("3000.00"))
                    .build())
            .putFeeSchedule(ProcedureCode.of("64615"), usd("400.00"))
            .allowedPercentOfReference(Percent.of(120))
            .build();
    ReferenceFees fees =
        ReferenceFees.of(
            Map.of(
                ProcedureCode.of("J0585"), usd("5.25"), ProcedureCode.of("99214"), usd("150.00")));
    Claim claim =
        claim(
            NetworkStatus.IN_NETWORK,
            line("64615", "600.00"),
            line("J0585", "900.00", 155),
            line("99214", "250.00"),
            line("17106", "300.00"),
            line("15788", "350.00"));
    List<LineBenefit> benefits =
        List.of(
            LineBenefit.covered(ServiceClass.OFFICE_PROCEDURE),
            LineBenefit.covered(ServiceClass.SPECIALTY_DRUG),
            LineBenefit.covered(ServiceClass.SPECIALIST_VISIT),
            LineBenefit.covered(ServiceClass.OFFICE_PROCEDURE),
            LineBenefit.notCovered(ServiceClass.OFFICE_PROCEDURE, true));
    Accumulators met = Accumulators.builder().deductibleMet(usd("200.00")).build();
    CostEstimator estimator = CostEstimator.using(fees);

    // WHEN it runs many times, after a warm-up
    int runs = 20_000;
    long checksum = 0;
    for (int i = 0; i < runs; i++) {
      checksum += estimator.estimate(claim, plan, met, benefits).line(5).line();
    }
    long before = counter.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < runs; i++) {
      checksum += estimator.estimate(claim, plan, met, benefits).line(5).line();
    }
    long perEstimate = (counter.getCurrentThreadAllocatedBytes() - before) / runs;

    // THEN
    assertThat(checksum).isEqualTo(10L * runs);
    assertThat(perEstimate).isLessThanOrEqualTo(BUDGET_BYTES);
  }
}
