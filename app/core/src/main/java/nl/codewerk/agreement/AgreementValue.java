package nl.codewerk.agreement;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The result of an agreement measure: either a number, or "not defined" with the reason why.
 *
 * <p>Not defined is reserved for the cases where the formula itself reads 0/0 (for example
 * kappa when the expected agreement is 1); reporting 0 or 1 there would mislead a supervisor.
 */
public sealed interface AgreementValue permits AgreementValue.Defined, AgreementValue.NotDefined {

    /** A computed coefficient; always a finite number. */
    record Defined(double value) implements AgreementValue {
        public Defined {
            // A NaN or infinity here would be a bug in a measure, never a result to show.
            if (!Double.isFinite(value)) {
                throw new IllegalStateException("an agreement value must be finite, got " + value);
            }
        }
    }

    /** The measure cannot be computed on this table; {@code reason} says why in plain words. */
    record NotDefined(String reason) implements AgreementValue {
        public NotDefined {
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("a not-defined value needs a reason");
            }
        }
    }

    static AgreementValue of(double value) {
        return new Defined(value);
    }

    static AgreementValue notDefined(String reason) {
        return new NotDefined(reason);
    }

    default boolean isDefined() {
        return this instanceof Defined;
    }

    /** The value, or empty when not defined. */
    default OptionalDouble asOptional() {
        return this instanceof Defined(double value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** The value as a boxed number for serialisation, or {@code null} when not defined. */
    default Double valueOrNull() {
        return this instanceof Defined(double value) ? value : null;
    }

    /** The reason, or {@code null} when the value is defined. */
    default String reasonOrNull() {
        return this instanceof NotDefined(String reason) ? reason : null;
    }
}
