package org.siarchive.sampling.size;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * What an attribute sample must show: the tolerable rate {@code p_t}, the confidence, optionally
 * the population size {@code N}, and either an acceptance number {@code c} or an expected rate
 * {@code p_e} (then {@code c = ceil(n * p_e)} for each {@code n} tried). Immutable and thread-safe;
 * built with {@link #builder()}.
 *
 * <pre>{@code
 * SampleSizeRequest r = SampleSizeRequest.builder()
 *     .tolerableRate("0.05")      // p_t, in (0, 1]
 *     .confidence("0.95")         // beta = 0.05, confidence in (0, 1)
 *     .population(2_000)          // N; selects the hypergeometric model by default
 *     .expectedRate("0.01")       // or .acceptanceNumber(1); neither means c = 0
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SampleSizeRequest {
  private final BigDecimal tolerableRate;
  private final BigDecimal confidence;
  private final OptionalInt population;
  private final OptionalInt acceptanceNumber;
  private final Optional<BigDecimal> expectedRate;
  private final Model model;

  private SampleSizeRequest(Builder b) {
    this.tolerableRate = Objects.requireNonNull(b.tolerableRate, "tolerableRate");
    this.confidence = Objects.requireNonNull(b.confidence, "confidence");
    this.population = b.population;
    this.acceptanceNumber = b.acceptanceNumber;
    this.expectedRate = b.expectedRate;
    this.model =
        b.model != null
            ? b.model
            : (b.population.isPresent() ? Model.HYPERGEOMETRIC : Model.BINOMIAL);
  }

  /**
   * Starts a request.
   *
   * @return a new builder; {@link Builder#tolerableRate} and {@link Builder#confidence} are
   *     required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the tolerable rate {@code p_t}, in (0, 1]} */
  public BigDecimal tolerableRate() {
    return tolerableRate;
  }

  /** {@return the confidence, in (0, 1)} */
  public BigDecimal confidence() {
    return confidence;
  }

  /** {@return the beta risk {@code 1 - confidence}, in (0, 1)} */
  public BigDecimal beta() {
    return BigDecimal.ONE.subtract(confidence);
  }

  /** {@return the population size {@code N}, when given} */
  public OptionalInt population() {
    return population;
  }

  /** {@return the fixed acceptance number {@code c}, when given} */
  public OptionalInt acceptanceNumber() {
    return acceptanceNumber;
  }

  /** {@return the expected rate {@code p_e}, when given instead of {@code c}} */
  public Optional<BigDecimal> expectedRate() {
    return expectedRate;
  }

  /** {@return the model: as set, else hypergeometric when a population is given, else binomial} */
  public Model model() {
    return model;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "SampleSizeRequest[tolerableRate=%s, confidence=%s, population=%s, acceptanceNumber=%s, expectedRate=%s, model=%s]",
        tolerableRate.toPlainString(),
        confidence.toPlainString(),
        population.isPresent() ? population.getAsInt() : "-",
        acceptanceNumber.isPresent() ? acceptanceNumber.getAsInt() : "-",
        expectedRate.map(BigDecimal::toPlainString).orElse("-"),
        model.label());
  }

  /**
   * Builds a {@link SampleSizeRequest}; each setter checks its range at once and names the setting
   * in its message; {@link #build()} checks the combination.
   *
   * <p>Example: {@code
   * SampleSizeRequest.builder().tolerableRate("0.05").confidence("0.95").build()}.
   */
  public static final class Builder {
    private @Nullable BigDecimal tolerableRate;
    private @Nullable BigDecimal confidence;
    private OptionalInt population = OptionalInt.empty();
    private OptionalInt acceptanceNumber = OptionalInt.empty();
    private Optional<BigDecimal> expectedRate = Optional.empty();
    private @Nullable Model model;

    private Builder() {}

    /**
     * Sets the tolerable rate.
     *
     * @param rate {@code p_t}, in (0, 1]
     * @return this builder
     * @throws IllegalArgumentException naming {@code tolerableRate}, the range and the value
     */
    public Builder tolerableRate(BigDecimal rate) {
      this.tolerableRate =
          Decimals.check("tolerableRate", rate, BigDecimal.ZERO, false, BigDecimal.ONE, true);
      return this;
    }

    /**
     * Sets the tolerable rate from a decimal string such as {@code "0.05"}.
     *
     * @param rate {@code p_t}, in (0, 1]
     * @return this builder
     */
    public Builder tolerableRate(String rate) {
      return tolerableRate(Decimals.parse("tolerableRate", rate));
    }

    /**
     * Sets the confidence.
     *
     * @param confidence in (0, 1), e.g. 0.95
     * @return this builder
     */
    public Builder confidence(BigDecimal confidence) {
      this.confidence =
          Decimals.check("confidence", confidence, BigDecimal.ZERO, false, BigDecimal.ONE, false);
      return this;
    }

    /**
     * Sets the confidence from a decimal string such as {@code "0.95"}.
     *
     * @param confidence in (0, 1)
     * @return this builder
     */
    public Builder confidence(String confidence) {
      return confidence(Decimals.parse("confidence", confidence));
    }

    /**
     * Sets the population size.
     *
     * @param size {@code N}, 1 to {@link Integer#MAX_VALUE}
     * @return this builder
     */
    public Builder population(long size) {
      if (size < 1 || size > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "Invalid value for population (valid values 1 - %d): %d",
                Integer.MAX_VALUE,
                size));
      }
      this.population = OptionalInt.of((int) size);
      return this;
    }

    /**
     * Sets a fixed acceptance number.
     *
     * @param c the largest number of nonconforming units allowed in the sample, at least 0
     * @return this builder
     */
    public Builder acceptanceNumber(int c) {
      if (c < 0) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT, "Invalid value for acceptanceNumber (valid values >= 0): %d", c));
      }
      this.acceptanceNumber = OptionalInt.of(c);
      return this;
    }

    /**
     * Sets the expected rate; the acceptance number then follows {@code n} as {@code ceil(n p_e)}.
     *
     * @param rate {@code p_e}, in [0, 1)
     * @return this builder
     */
    public Builder expectedRate(BigDecimal rate) {
      this.expectedRate =
          Optional.of(
              Decimals.check("expectedRate", rate, BigDecimal.ZERO, true, BigDecimal.ONE, false));
      return this;
    }

    /**
     * Sets the expected rate from a decimal string such as {@code "0.01"}.
     *
     * @param rate {@code p_e}, in [0, 1)
     * @return this builder
     */
    public Builder expectedRate(String rate) {
      return expectedRate(Decimals.parse("expectedRate", rate));
    }

    /**
     * Sets the model explicitly.
     *
     * @param model the model; {@link Model#HYPERGEOMETRIC} needs a population
     * @return this builder
     */
    public Builder model(Model model) {
      this.model = Objects.requireNonNull(model, "model");
      return this;
    }

    /**
     * Checks the combination and builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException when a required setting is missing, both an acceptance
     *     number and an expected rate are set, or the hypergeometric model lacks a population
     */
    public SampleSizeRequest build() {
      if (tolerableRate == null) {
        throw new IllegalArgumentException(
            "Missing value for tolerableRate (valid values > 0 - 1)");
      }
      if (confidence == null) {
        throw new IllegalArgumentException(
            "Missing value for confidence (valid values > 0 - 1 exclusive)");
      }
      if (acceptanceNumber.isPresent() && expectedRate.isPresent()) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "Invalid combination: acceptanceNumber %d and expectedRate %s exclude each other",
                acceptanceNumber.getAsInt(),
                expectedRate.get().toPlainString()));
      }
      if (model == Model.HYPERGEOMETRIC && population.isEmpty()) {
        throw new IllegalArgumentException(
            "Invalid combination: model hypergeometric needs a population");
      }
      return new SampleSizeRequest(this);
    }
  }
}
