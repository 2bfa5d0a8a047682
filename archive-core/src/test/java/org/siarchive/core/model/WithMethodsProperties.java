package org.siarchive.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siarchive.core.InvalidValueException;
import org.siarchive.core.testing.Fixtures;
import org.siarchive.core.testing.ModelGenerators;

/**
 * The {@code withX} methods of the model records, written once and run against every record that
 * has them: each names a component of its type, and {@code a.withX(b.x())} equals the record the
 * canonical constructor builds from {@code a}'s components with {@code b}'s {@code x} (the oracle),
 * so nothing but {@code x} changes and the value is checked as the constructor checks it.
 */
class WithMethodsProperties {
  private static final long SEED = 0x3177_48L;

  /** The public {@code withX} methods of a record, each paired with its component. */
  private static List<Object[]> withMethods(Class<? extends Record> type) {
    List<Object[]> out = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())
          && !Modifier.isStatic(m.getModifiers())
          && m.getName().startsWith("with")) {
        String name = Character.toLowerCase(m.getName().charAt(4)) + m.getName().substring(5);
        Optional<RecordComponent> component =
            Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getName().equals(name))
                .findFirst();
        assertThat(component)
            .as("%s.%s names a component", type.getSimpleName(), m.getName())
            .isPresent();
        assertThat(m.getParameterTypes())
            .as("%s.%s takes the component's type", type.getSimpleName(), m.getName())
            .containsExactly(component.get().getType());
        assertThat(m.getReturnType()).isEqualTo(type);
        out.add(new Object[] {m, component.get()});
      }
    }
    return out;
  }

  /** The oracle: the canonical constructor over {@code a}'s components, one replaced. */
  private static <R extends Record> R replaced(R a, RecordComponent which, Object value)
      throws Exception {
    RecordComponent[] cs = a.getClass().getRecordComponents();
    Object[] args = new Object[cs.length];
    Class<?>[] types = new Class<?>[cs.length];
    for (int i = 0; i < cs.length; i++) {
      types[i] = cs[i].getType();
      args[i] = cs[i].getName().equals(which.getName()) ? value : cs[i].getAccessor().invoke(a);
    }
    return (R) a.getClass().getDeclaredConstructor(types).newInstance(args);
  }

  private static <R extends Record> void contract(
      Class<R> type, Gen<R> records, int expectedMethods) {
    List<Object[]> methods = withMethods(type);
    assertThat(methods).as("withX methods of %s", type.getSimpleName()).hasSize(expectedMethods);
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(records, records)
        .checkAssert(
            (a, b) -> {
              for (Object[] pair : methods) {
                Method with = (Method) pair[0];
                RecordComponent c = (RecordComponent) pair[1];
                try {
                  Object own = c.getAccessor().invoke(a);
                  Object other = c.getAccessor().invoke(b);
                  assertThat(with.invoke(a, own)).as("%s(own value)", with.getName()).isEqualTo(a);
                  assertThat(with.invoke(a, other))
                      .as("%s of %s with %s", with.getName(), a, other)
                      .isEqualTo(replaced(a, c, other));
                } catch (Exception e) {
                  throw new AssertionError(with.getName(), e);
                }
              }
            });
  }

  @Test
  void pageImage_withEveryComponent_changesOnlyThatComponent() {
    contract(PageImage.class, ModelGenerators.pageImages(), 12);
  }

  @Test
  void catalogEntry_withEveryComponent_changesOnlyThatComponent() {
    contract(CatalogEntry.class, ModelGenerators.catalogEntries(), 8);
  }

  @Test
  void item_withEveryComponent_changesOnlyThatComponent() {
    contract(Item.class, ModelGenerators.items(), 5);
  }

  @Test
  void volume_withItsViewsTypePeriodAndChecker_changesOnlyThat() {
    contract(Volume.class, ModelGenerators.volumes(), 6);
  }

  @Test
  void archivalCode_withYearPeriodAndItemNumber_changesOnlyThat() {
    contract(ArchivalCode.class, ModelGenerators.archivalCodes(), 3);
  }

  @Test
  void with_outOfRangeValue_refusedNamingFieldRangeAndValue() {
    PageImage img = Fixtures.cleanVolume().images().get(0);
    assertThatThrownBy(() -> img.withDpi(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for dpi (valid values 1 - 9600): 0");
    Volume v = Fixtures.cleanVolume();
    assertThatThrownBy(() -> v.withCatalogue(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for catalogue (required): null");
    assertThatThrownBy(() -> v.catalogue().get(0).withTitle(" "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid value for title");
  }

  @Test
  void with_leavesTheOriginalUnchanged() {
    Volume v = Fixtures.cleanVolume();
    Volume changed = v.withRetention(RetentionPeriod.ofYears(10)).withChecker(null);

    assertThat(v.retention()).isEqualTo(RetentionPeriod.ofYears(30));
    assertThat(v.checker()).isEqualTo("王检查");
    assertThat(changed.toBuilder().retention(v.retention()).checker(v.checker()).build())
        .isEqualTo(v);
  }
}
