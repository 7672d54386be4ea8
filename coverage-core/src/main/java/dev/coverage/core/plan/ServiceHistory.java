package dev.coverage.core.plan;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import dev.coverage.core.code.ProcedureCode;
import java.util.List;
import org.immutables.value.Value;

/**
 * The patient's prior services, as the practice knows them. Indexed by code once, lazily, so that
 * checking a claim against a long history costs a lookup, not a scan.
 */
@Value.Immutable
public abstract class ServiceHistory {
  private static final ServiceHistory EMPTY = builder().build();

  ServiceHistory() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** No prior services. */
  public static ServiceHistory empty() {
    return EMPTY;
  }

  /**
   * A history of these services.
   *
   * @param services the prior services, in any order
   * @return the history
   */
  public static ServiceHistory of(Iterable<? extends PriorService> services) {
    return builder().addAllServices(services).build();
  }

  /** The prior services, in the order given. */
  public abstract List<PriorService> services();

  /**
   * The prior services of a code, in the order given.
   *
   * @param code the procedure code
   * @return the services billed with that code
   */
  public List<PriorService> of(ProcedureCode code) {
    return byProcedure().get(code);
  }

  @Value.Lazy
  ImmutableListMultimap<ProcedureCode, PriorService> byProcedure() {
    return Multimaps.index(services(), PriorService::procedure);
  }

  /** Builds a {@link ServiceHistory}. */
  public static final class Builder extends ImmutableServiceHistory.Builder {}
}
