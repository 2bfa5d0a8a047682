package org.siarchive.core;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The SDK's one policy for "today": every API that needs the date takes an injected {@link Clock},
 * and the zone in which an archive's calendar date is read is named here, once.
 *
 * <p>Social-insurance archives are formed, dated and appraised on China Standard Time, so a volume
 * formed at 00:30 on 1 January in Tianjin belongs to the new year whatever zone the host's server
 * runs in. Hosts and tests pass their own clock (for example {@link Clock#fixed}); the default
 * clock of every builder and of the command line is {@link #systemClock()}.
 *
 * <pre>{@code
 * Clock clock = ArchiveTime.systemClock();       // the system clock in Asia/Shanghai
 * LocalDate today = ArchiveTime.today(clock);    // the archives' calendar date now
 * }</pre>
 *
 * <p>Immutable and thread-safe (it has no state).
 *
 * @since 0.1.0
 */
public final class ArchiveTime {
  /** The zone in which archive dates are read: {@code Asia/Shanghai} (China Standard Time). */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ArchiveTime() {}

  /**
   * The system clock in {@link #ZONE}.
   *
   * @return a clock reading the system time in China Standard Time
   */
  public static Clock systemClock() {
    return Clock.system(ZONE);
  }

  /**
   * The calendar date in {@link #ZONE} at the clock's instant, whatever the clock's own zone.
   *
   * @param clock the injected clock
   * @return today's date for the archives
   */
  public static LocalDate today(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }
}
