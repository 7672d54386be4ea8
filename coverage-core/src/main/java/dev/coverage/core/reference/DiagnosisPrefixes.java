package dev.coverage.core.reference;

import dev.coverage.core.ValidationException;
import dev.coverage.core.code.DiagnosisCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks and normalizes the diagnosis code prefixes policies name (undotted, upper case). */
final class DiagnosisPrefixes {
  private DiagnosisPrefixes() {}

  static List<String> normalize(List<String> prefixes, String field) {
    List<String> out = new ArrayList<>(prefixes.size());
    for (int i = 0; i < prefixes.size(); i++) {
      String p = prefixes.get(i);
      String u = p.replace(".", "").toUpperCase(Locale.ROOT);
      boolean ok = !u.isEmpty() && u.length() <= 7 && u.charAt(0) >= 'A' && u.charAt(0) <= 'Z';
      for (int j = 1; ok && j < u.length(); j++) {
        char c = u.charAt(j);
        ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
      }
      if (!ok) {
        throw new ValidationException(
            field + "[" + i + "]", "is not an ICD-10-CM code or code prefix: " + p);
      }
      out.add(u);
    }
    return out;
  }

  static boolean anyMatches(List<String> prefixes, DiagnosisCode code) {
    String dx = code.undotted();
    for (int i = 0; i < prefixes.size(); i++) {
      if (dx.startsWith(prefixes.get(i))) {
        return true;
      }
    }
    return false;
  }
}
