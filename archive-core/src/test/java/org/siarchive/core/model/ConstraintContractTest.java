package org.siarchive.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.internal.Validators;
import org.siarchive.core.testing.Fixtures;

/**
 * The Jakarta Validation constraints declared on the model's record components and the checks its
 * compact constructors run must agree: for every constrained component and its boundary values,
 * Hibernate Validator finds a violation exactly when the constructor refuses the value. The
 * constructors are what runs on the hot path (decoding millions of volumes); the annotations are
 * what hosts read; this test keeps them one contract.
 */
class ConstraintContractTest {
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void startValidator() {
    factory = Validators.factory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stopValidator() {
    factory.close();
  }

  static Stream<Record> validInstances() {
    var v = Fixtures.cleanVolume();
    return Stream.of(
        v,
        v.catalogue().get(0),
        new CatalogEntry(
            1, "J001-SB·2024-D30-YL-0001", "M-APPLICATION", "题名", "20240101", "责任者", "文号", 3),
        v.items().get(0),
        v.items().get(0).pages().get(0),
        v.images().get(0),
        v.businessType(),
        new SubCenter("SC01", "和平分中心"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validInstances")
  void annotationsAndConstructor_agreeOnBoundaryValues(Record valid) throws Exception {
    Class<?> type = valid.getClass();
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    Constructor<?> canonical = type.getDeclaredConstructor(types);
    Object[] base = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      base[i] = components[i].getAccessor().invoke(valid);
    }
    int compared = 0;
    for (int i = 0; i < components.length; i++) {
      for (Object candidate : candidates(components[i], base[i])) {
        Object[] args = base.clone();
        args[i] = candidate;
        Set<? extends ConstraintViolation<?>> violations =
            validator.validateValue(type, components[i].getName(), candidate);
        boolean accepted = construct(canonical, args);
        assertThat(accepted)
            .as(
                "%s.%s = %s: constructor accepted=%s, Jakarta violations=%s",
                type.getSimpleName(),
                components[i].getName(),
                describe(candidate),
                accepted,
                violations)
            .isEqualTo(violations.isEmpty());
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(components.length);
  }

  private static boolean construct(Constructor<?> c, Object[] args) throws Exception {
    try {
      c.newInstance(args);
      return true;
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof InvalidValueException) {
        return false;
      }
      throw e;
    }
  }

  private static String describe(Object o) {
    String s = String.valueOf(o);
    return s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s;
  }

  private static List<Object> candidates(RecordComponent c, Object valid) {
    Set<Object> out = new LinkedHashSet<>();
    Class<?> t = c.getType();
    Min min = c.getAnnotation(Min.class);
    Max max = c.getAnnotation(Max.class);
    Size size = c.getAnnotation(Size.class);
    if (t == int.class || t == long.class) {
      List<Long> values = new ArrayList<>(List.of(-1L, 0L, 1L));
      if (min != null) {
        values.addAll(List.of(min.value() - 1, min.value(), min.value() + 1));
      }
      if (max != null) {
        values.addAll(List.of(max.value() - 1, max.value(), max.value() + 1));
      }
      for (long v : values) {
        if (t == int.class && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
          continue;
        }
        out.add(t == int.class ? (Object) (int) v : (Object) v);
      }
    } else if (t == String.class) {
      out.addAll(
          Arrays.asList(
              null, "", " ", "\t", "a", "A", "A b", "和平", "M-1", "SC01", "0", "Z".repeat(64)));
      if (size != null && size.max() < 10_000) {
        out.add("题".repeat(size.max()));
        out.add("题".repeat(size.max() + 1));
        out.add("A".repeat(size.max()));
        out.add("A".repeat(size.max() + 1));
      }
      if (c.getName().equals("sha256")) {
        out.addAll(List.of("a".repeat(64), "A".repeat(64), "a".repeat(63)));
      }
    } else if (t == List.class) {
      List<Object> withNull = new ArrayList<>();
      withNull.add(null);
      out.addAll(Arrays.asList(null, List.of(), withNull, valid));
    } else if (t == Set.class) {
      out.addAll(Arrays.asList(null, Set.of(), valid));
    } else if (!t.isPrimitive()) {
      out.add(null);
      out.add(valid);
    }
    out.remove(Boolean.TRUE);
    return new ArrayList<>(out);
  }
}
