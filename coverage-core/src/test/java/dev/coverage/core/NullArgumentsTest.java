package dev.coverage.core;

import static dev.coverage.core.ValidationErrors.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.coverage.core.claim.Claim;
import dev.coverage.core.claim.ClaimLine;
import dev.coverage.core.claim.ClinicalFacts;
import dev.coverage.core.claim.Credential;
import dev.coverage.core.claim.Patient;
import dev.coverage.core.claim.Provider;
import dev.coverage.core.code.Npi;
import dev.coverage.core.code.ProcedureCode;
import dev.coverage.core.denial.PredictedAdjustment;
import dev.coverage.core.denial.ReasonCode;
import dev.coverage.core.plan.Accumulators;
import dev.coverage.core.plan.Authorization;
import dev.coverage.core.plan.CostSharing;
import dev.coverage.core.plan.Plan;
import dev.coverage.core.plan.PriorService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Null passed where a value is expected is rejected with a {@link ValidationException} naming the
 * attribute, for every builder setter of one value.
 *
 * <p>The same holds for a null element, key or value passed to an {@code add...} or {@code put...}
 * method, or inside a collection. A null collection, map or {@link Optional} passed whole is a
 * programming error and throws {@link NullPointerException}, as {@code List.copyOf} does.
 */
class NullArgumentsTest {
  private static final List<Class<?>> VALUES =
      List.of(
          Claim.class,
          ClaimLine.class,
          Patient.class,
          Provider.class,
          ClinicalFacts.class,
          Plan.class,
          CostSharing.class,
          Accumulators.class,
          Authorization.class,
          PriorService.class);

  @TestFactory
  Stream<DynamicTest> every_setter_of_one_value_rejects_null_naming_the_attribute() {
    return VALUES.stream()
        .flatMap(
            value ->
                Arrays.stream(builderOf(value).getMethods())
                    .filter(setter -> setsOneValueOf(value, setter))
                    .map(
                        setter ->
                            dynamicTest(
                                value.getSimpleName() + ".Builder." + setter.getName() + "(null)",
                                () -> assertRejectsNull(value, setter))));
  }

  @TestFactory
  Stream<DynamicTest> every_container_setter_rejects_null_and_null_elements() {
    return VALUES.stream()
        .flatMap(
            value ->
                Arrays.stream(builderOf(value).getMethods())
                    .filter(setter -> takesContainersOf(value, setter))
                    .map(
                        setter ->
                            dynamicTest(
                                value.getSimpleName()
                                    + ".Builder."
                                    + setter.getName()
                                    + "(null...)",
                                () -> assertRejectsNullArguments(value, setter))));
  }

  @Test
  void the_setters_found_include_each_kind_of_attribute() {
    List<String> found =
        VALUES.stream()
            .flatMap(
                value ->
                    Arrays.stream(builderOf(value).getMethods())
                        .filter(setter -> setsOneValueOf(value, setter))
                        .map(setter -> value.getSimpleName() + "." + setter.getName()))
            .toList();

    assertThat(found)
        .contains(
            "Claim.claimId",
            "Claim.patient",
            "Claim.dateOfService",
            "Claim.referralNumber",
            "ClaimLine.procedure",
            "ClaimLine.charge",
            "Patient.birthDate",
            "Patient.memberId",
            "Provider.npi",
            "Plan.inNetwork",
            "CostSharing.coinsurance",
            "Authorization.validTo");
  }

  @Test
  void factories_reject_null_naming_the_argument() {
    Npi npi = Npi.of("1234567893");
    rejects("specialty", () -> Provider.of(npi, null, Credential.MD));
    rejects("procedure", () -> PriorService.of(null, LocalDate.of(2026, 1, 1), npi));
    rejects("group", () -> PredictedAdjustment.of(null, ReasonCode.of("50")));
    rejects("procedure", () -> ProcedureCode.parse("procedure", null));
  }

  private static void assertRejectsNull(Class<?> value, Method setter) throws Exception {
    Object builder = builderOf(value).getConstructor().newInstance();
    InvocationTargetException thrown =
        catchThrowableOfType(
            InvocationTargetException.class, () -> setter.invoke(builder, (Object) null));

    assertThat(thrown).as("no exception").isNotNull();
    assertThat(thrown.getCause()).isInstanceOf(ValidationException.class);
    assertThat(((ValidationException) thrown.getCause()).field()).isEqualTo(setter.getName());
  }

  /** Calls the setter with a null element, key or value for every argument that holds one. */
  private static void assertRejectsNullArguments(Class<?> value, Method setter) throws Exception {
    Object builder = builderOf(value).getConstructor().newInstance();
    Class<?>[] types = setter.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      if (types[i].isPrimitive()) {
        args[i] = types[i] == boolean.class ? (Object) false : (Object) 1;
      } else if (types[i].isArray() && !types[i].getComponentType().isPrimitive()) {
        args[i] = java.lang.reflect.Array.newInstance(types[i].getComponentType(), 1);
      } else if (Iterable.class.isAssignableFrom(types[i])) {
        args[i] = Arrays.asList((Object) null);
      } else if (Map.class.isAssignableFrom(types[i])) {
        args[i] = java.util.Collections.singletonMap(null, null);
      } else if (Map.Entry.class.isAssignableFrom(types[i])) {
        args[i] = new java.util.AbstractMap.SimpleEntry<>(null, null);
      }
    }
    InvocationTargetException thrown =
        catchThrowableOfType(InvocationTargetException.class, () -> setter.invoke(builder, args));

    assertThat(thrown).as("no exception from %s", setter).isNotNull();
    assertThat(thrown.getCause()).isInstanceOf(ValidationException.class);
    String attribute = attributeOf(setter.getName());
    assertThat(((ValidationException) thrown.getCause()).field()).isEqualTo(attribute);
  }

  /** {@code addAllModifiers} and {@code putUnits} name the attributes modifiers and units. */
  private static String attributeOf(String method) {
    String rest = method.replaceFirst("^(addAll|add|putAll|put)", "");
    return rest.equals(method) ? method : Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }

  /** A builder method for a collection, map or optional attribute that takes references. */
  private static boolean takesContainersOf(Class<?> value, Method setter) {
    if (setter.getParameterCount() == 0 || setter.getDeclaringClass() == Object.class) {
      return false;
    }
    String attribute = attributeOf(setter.getName());
    if (!isAttribute(value, attribute) || setter.getName().equals("from")) {
      return false;
    }
    boolean anyReference = false;
    for (Class<?> t : setter.getParameterTypes()) {
      if (t == Optional.class || t == OptionalInt.class) {
        return false;
      }
      anyReference |= !t.isPrimitive() && !(t.isArray() && t.getComponentType().isPrimitive());
    }
    return anyReference && (!setsOneValueOf(value, setter) || !attribute.equals(setter.getName()));
  }

  private static Class<?> builderOf(Class<?> value) {
    return Arrays.stream(value.getClasses())
        .filter(c -> c.getSimpleName().equals("Builder"))
        .findFirst()
        .orElseThrow();
  }

  /** A builder method named after an attribute, taking one value that is not a container. */
  private static boolean setsOneValueOf(Class<?> value, Method setter) {
    if (setter.getParameterCount() != 1) {
      return false;
    }
    Class<?> type = setter.getParameterTypes()[0];
    boolean container =
        type.isPrimitive()
            || Iterable.class.isAssignableFrom(type)
            || Map.class.isAssignableFrom(type)
            || type == Optional.class
            || type == OptionalInt.class;
    return !container && isAttribute(value, setter.getName());
  }

  private static boolean isAttribute(Class<?> value, String name) {
    try {
      return value.getMethod(name).getParameterCount() == 0;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
