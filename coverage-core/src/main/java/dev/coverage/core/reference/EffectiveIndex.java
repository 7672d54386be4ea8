package dev.coverage.core.reference;

import com.google.common.collect.ImmutableMap;
import dev.coverage.core.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/** Builds the per-key arrays of effective-dated rows that the in-memory ports look up. */
final class EffectiveIndex {
  private EffectiveIndex() {}

  /**
   * The same index with each row wrapped once in an {@link Optional}, for allocation-free finds.
   */
  @SuppressWarnings("unchecked")
  static <K, V> ImmutableMap<K, Optional<V>[]> wrapped(ImmutableMap<K, V[]> index) {
    ImmutableMap.Builder<K, Optional<V>[]> out = ImmutableMap.builderWithExpectedSize(index.size());
    index.forEach(
        (k, rows) -> {
          Optional<V>[] w = new Optional[rows.length];
          for (int i = 0; i < rows.length; i++) {
            w[i] = Optional.of(rows[i]);
          }
          out.put(k, w);
        });
    return out.buildOrThrow();
  }

  /**
   * Groups rows by key, keeping input order, and rejects two rows of one key whose dates overlap.
   */
  static <K, V> ImmutableMap<K, V[]> build(
      Collection<V> rows,
      Function<V, K> key,
      Function<V, EffectiveDates> dates,
      IntFunction<V[]> newArray,
      String table) {
    Map<K, List<V>> grouped = new LinkedHashMap<>();
    int index = 0;
    for (V row : rows) {
      if (row == null) {
        throw new ValidationException(table + "[" + index + "]", "is null");
      }
      List<V> same = grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>(1));
      EffectiveDates d = dates.apply(row);
      for (V earlier : same) {
        if (dates.apply(earlier).overlaps(d)) {
          throw new ValidationException(
              table + "[" + index + "]",
              "two rows for "
                  + key.apply(row)
                  + " overlap in effective dates ("
                  + dates.apply(earlier)
                  + " and "
                  + d
                  + ")");
        }
      }
      same.add(row);
      index++;
    }
    ImmutableMap.Builder<K, V[]> out = ImmutableMap.builderWithExpectedSize(grouped.size());
    grouped.forEach((k, v) -> out.put(k, v.toArray(newArray.apply(v.size()))));
    return out.buildOrThrow();
  }
}
