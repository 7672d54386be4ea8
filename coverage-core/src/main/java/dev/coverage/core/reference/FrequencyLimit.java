package dev.coverage.core.reference;

import static dev.coverage.core.internal.Checks.require;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * At most so many sessions (distinct dates of service) within a window of days, or in a lifetime
 * when no window is given. Botulinum toxin for chronic migraine, for example: one session per 84
 * days (12 weeks).
 */
@Value.Immutable
public abstract class FrequencyLimit {
  FrequencyLimit() {}

  /**
   * A limit per window.
   *
   * @param sessions the most sessions
   * @param windowDays the window, in days, ending on the date of service
   * @return the limit
   */
  public static FrequencyLimit per(int sessions, int windowDays) {
    return ImmutableFrequencyLimit.builder().sessions(sessions).windowDays(windowDays).build();
  }

  /**
   * A lifetime limit.
   *
   * @param sessions the most sessions ever
   * @return the limit
   */
  public static FrequencyLimit lifetime(int sessions) {
    return ImmutableFrequencyLimit.builder().sessions(sessions).build();
  }

  /** The most sessions. */
  public abstract int sessions();

  /** The window in days; empty for a lifetime limit. */
  public abstract OptionalInt windowDays();

  @Value.Check
  void check() {
    require(sessions() >= 1, "sessions", "must be at least 1");
    require(
        windowDays().isEmpty() || windowDays().getAsInt() >= 1, "windowDays", "must be at least 1");
  }
}
