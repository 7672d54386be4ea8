package dev.coverage.core.claim;

import dev.coverage.core.code.Npi;
import org.immutables.value.Value;

/** The rendering provider: who performed the service. */
@Value.Immutable
public abstract class Provider {
  Provider() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A provider.
   *
   * @param npi the rendering provider's NPI
   * @param specialty the specialty
   * @param credential the credential
   * @return the provider
   */
  public static Provider of(Npi npi, Specialty specialty, Credential credential) {
    return builder().npi(npi).specialty(specialty).credential(credential).build();
  }

  /** The rendering provider's NPI. */
  public abstract Npi npi();

  /** The specialty, mapped to a NUCC taxonomy code. */
  public abstract Specialty specialty();

  /** The credential, such as MD or NP. */
  public abstract Credential credential();

  /** Builds a {@link Provider}. */
  public static final class Builder extends ImmutableProvider.Builder {}
}
