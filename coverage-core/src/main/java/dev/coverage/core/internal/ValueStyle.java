package dev.coverage.core.internal;

import dev.coverage.core.ValidationException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model, applied per package in {@code package-info.java}.
 *
 * <p>Generated implementations stay package-private behind the abstract type; a missing or null
 * attribute throws {@link ValidationException}; {@code @Value.Redacted} attributes (patient
 * identifiers) print as a mask. Source retention: nothing of this reaches users' classpaths.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    throwForInvalidImmutableState = ValidationException.class,
    throwForNullPointer = ValidationException.class,
    redactedMask = "<redacted>",
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false))
public @interface ValueStyle {}
