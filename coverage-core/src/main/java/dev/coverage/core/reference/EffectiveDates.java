package dev.coverage.core.reference;

import dev.coverage.core.ValidationException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The dates a row of reference data is in force: from a first day to an optional last day, both
 * inclusive. An open end means in force until further notice.
 */
public final class EffectiveDates {
  private static final EffectiveDates ALWAYS = new EffectiveDates(LocalDate.MIN, null);

  private final LocalDate from;
  private final @Nullable LocalDate to;

  private EffectiveDates(LocalDate from, @Nullable LocalDate to) {
    this.from = from;
    this.to = to;
  }

  /**
   * In force from a day on, with no end.
   *
   * @param from the first day
   * @return the range
   */
  public static EffectiveDates from(LocalDate from) {
    return between(from, null);
  }

  /**
   * In force from one day to another, both inclusive.
   *
   * @param from the first day
   * @param to the last day, or null for no end
   * @return the range
   * @throws ValidationException when {@code to} is before {@code from}
   */
  public static EffectiveDates between(LocalDate from, @Nullable LocalDate to) {
    if (from == null) {
      throw new ValidationException("effective.from", "is required");
    }
    if (to != null && to.isBefore(from)) {
      throw new ValidationException("effective.to", "is before effective.from");
    }
    return new EffectiveDates(from, to);
  }

  /** Always in force: for rows whose source gives no dates. */
  public static EffectiveDates always() {
    return ALWAYS;
  }

  /** The first day in force. */
  public LocalDate from() {
    return from;
  }

  /** The last day in force, or empty when open-ended. */
  public Optional<LocalDate> to() {
    return Optional.ofNullable(to);
  }

  /**
   * Whether the row is in force on a date.
   *
   * @param date the date of service
   * @return true when {@code from <= date <= to}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && (to == null || !date.isAfter(to));
  }

  /**
   * Whether two ranges share at least one day.
   *
   * @param other another range
   * @return true when they overlap
   */
  public boolean overlaps(EffectiveDates other) {
    boolean startsBeforeOtherEnds = other.to == null || !from.isAfter(other.to);
    boolean otherStartsBeforeThisEnds = to == null || !other.from.isAfter(to);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EffectiveDates
        && ((EffectiveDates) o).from.equals(from)
        && Objects.equals(((EffectiveDates) o).to, to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to);
  }

  /** Such as {@code 2025-10-01..2026-09-30} or {@code 2024-01-01..}. */
  @Override
  public String toString() {
    return (from.equals(LocalDate.MIN) ? "" : from.toString()) + ".." + (to == null ? "" : to);
  }
}
