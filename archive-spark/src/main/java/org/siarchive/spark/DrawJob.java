package org.siarchive.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import org.jspecify.annotations.Nullable;
import org.siarchive.core.json.JsonDocuments;
import org.siarchive.core.json.JsonLinesReader;
import org.siarchive.core.json.LineResult;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.Volume;
import org.siarchive.sampling.selection.KeyedDraw;
import org.siarchive.sampling.selection.PopulationDigest;
import org.siarchive.sampling.selection.SamplingRecord;
import org.siarchive.spark.internal.Outcome;
import org.siarchive.spark.internal.Splits;
import org.siarchive.spark.internal.Wire;

/**
 * The verifiable keyed draw over the volumes of holdings: the population is the ids of the valid
 * volumes, and the record is the one {@code siarchive sample draw --json} prints for a file of
 * those ids. Each task draws from its split (the bottom {@code k}, or the keys below the rate's
 * threshold) and returns its selection once; the driver merges them ({@link KeyedDraw#merge}),
 * which selects exactly what one draw over the whole population selects. The population's digest is
 * taken over the ids sorted by the cluster and streamed to the driver. A volume whose id an earlier
 * line gave is rejected, as the sequential reader rejects it, in whichever split either lies.
 *
 * <p>A draw may be narrowed to one stratum, a sub-centre and optionally a business type: the record
 * is then the one {@code siarchive sample draw --volumes FILE --sub-center SC [--business-type
 * LINE/STEP] --json} prints for the same volumes.
 *
 * <pre>{@code
 * JobResult r = DrawJob.draw(holdings, DrawJob.Request.ofSize("2026-12-01 公证", 200));
 * JobResult sc05 = DrawJob.draw(holdings,
 *     DrawJob.Request.ofSize("2026-12-01 公证", 20).withStratum("SC05", "PENSION/REGISTRATION"));
 * }</pre>
 */
public final class DrawJob {
  private DrawJob() {}

  /**
   * The draw.
   *
   * @param seed the public seed
   * @param size the sample size k; null for a draw at a rate
   * @param rate the Bernoulli rate in [0, 1]; null for a draw of a size
   * @param subCenter the stratum's sub-centre (e.g. {@code SC05}); null for all volumes
   * @param businessType the stratum's business type, {@code LINE/STEP} (e.g. {@code
   *     PENSION/REGISTRATION}); null for every type
   */
  public record Request(
      String seed,
      @Nullable Integer size,
      @Nullable BigDecimal rate,
      @Nullable String subCenter,
      @Nullable String businessType)
      implements Serializable {
    private static final long serialVersionUID = 2L;

    /** Checks that exactly one of size and rate is given, and its range, and the stratum. */
    public Request {
      Objects.requireNonNull(seed, "seed");
      if ((size == null) == (rate == null)) {
        throw new IllegalArgumentException("Invalid draw: give exactly one of size and rate");
      }
      fresh(seed, size, rate); // checks the range
      if (businessType != null) {
        BusinessType.parse(businessType); // names the value when it is not LINE/STEP
      }
    }

    /** A draw of k units. */
    public static Request ofSize(String seed, int size) {
      return new Request(seed, size, null, null, null);
    }

    /** A draw at a rate. */
    public static Request ofRate(String seed, BigDecimal rate) {
      return new Request(seed, null, rate, null, null);
    }

    /**
     * The same draw over one stratum only: the volumes of a sub-centre and of a business type, as
     * the command's {@code --sub-center} and {@code --business-type} narrow it.
     *
     * @param subCenter the sub-centre, e.g. {@code SC05}; null for every sub-centre
     * @param businessType {@code LINE/STEP}, e.g. {@code PENSION/REGISTRATION}; null for every type
     * @throws org.siarchive.core.InvalidValueException when the business type is not LINE/STEP
     */
    public Request withStratum(@Nullable String subCenter, @Nullable String businessType) {
      return new Request(seed, size, rate, subCenter, businessType);
    }

    /** Whether a volume is in the drawn stratum. */
    boolean admits(Volume v, @Nullable BusinessType type) {
      return (subCenter == null || subCenter.equals(v.subCenterId()))
          && (type == null || type.equals(v.businessType()));
    }

    @Nullable BusinessType type() {
      return businessType == null ? null : BusinessType.parse(businessType);
    }

    KeyedDraw fresh() {
      return fresh(seed, size, rate);
    }

    private static KeyedDraw fresh(String seed, @Nullable Integer size, @Nullable BigDecimal rate) {
      return size != null
          ? KeyedDraw.ofSize(seed, size)
          : KeyedDraw.ofRate(seed, Objects.requireNonNull(rate, "rate"));
    }
  }

  /** The ids of the valid volumes of a split in the request's stratum; their count in valid. */
  private static List<String> ids(JsonLinesReader reader, @Nullable Outcome out, Request request)
      throws java.io.IOException {
    List<String> ids = new ArrayList<>();
    @Nullable BusinessType type = request.type();
    long valid = 0;
    for (LineResult r = reader.next(); r != null; r = reader.next()) {
      if (r instanceof LineResult.Decoded d) {
        valid++;
        if (request.admits(d.volume(), type)) {
          ids.add(d.volume().id());
        }
      } else if (out != null) {
        out.reject((LineResult.Rejected) r);
      }
    }
    if (out != null) {
      out.counts.put("valid", valid);
    }
    return ids;
  }

  /** The id's UTF-8 bytes as chars 0-255: their string order is the bytes' unsigned order. */
  private static String byteOrder(String id) {
    return new String(id.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  /** Draws. */
  public static JobResult draw(Holdings holdings, Request request) {
    Objects.requireNonNull(holdings, "holdings");
    Objects.requireNonNull(request, "request");
    Holdings.Pass pass =
        holdings.run(
            (reader, out) -> {
              List<String> ids = ids(reader, out, request);
              out.counts.put("drawn", (long) ids.size());
              KeyedDraw draw = request.fresh();
              for (String id : ids) {
                draw.offer(id);
              }
              out.documents.add(Wire.write(draw.selected()));
            });
    List<Outcome> outcomes = pass.outcomes();
    KeyedDraw whole = request.fresh();
    long population = 0;
    for (Outcome o : outcomes) {
      population += o.count("drawn");
      KeyedDraw part = request.fresh();
      for (Object id : Wire.read(o.documents.get(0), List.class)) {
        part.offer((String) id);
      }
      whole.merge(part);
    }
    Broadcast<SerializableConfiguration> conf = holdings.configuration();
    Broadcast<Map<Integer, Map<String, Long>>> earlier =
        holdings.context().broadcast(pass.earlier());
    String digest;
    try {
      JavaRDD<String> ids =
          holdings
              .rdd()
              .flatMap(
                  split -> {
                    try (JsonLinesReader reader =
                        Splits.open(
                            conf.value().value(),
                            split,
                            0,
                            earlier.value().getOrDefault(split.index(), Map.of()))) {
                      return ids(reader, null, request).iterator();
                    }
                  });
      digest =
          PopulationDigest.ofSorted(
              ids.sortBy(DrawJob::byteOrder, true, holdings.splitCount()).toLocalIterator());
    } finally {
      conf.destroy();
      earlier.destroy();
    }
    SamplingRecord record =
        request.size() != null
            ? new SamplingRecord.BySize(
                request.seed(), population, digest, request.size(), whole.selected())
            : new SamplingRecord.ByRate(
                request.seed(),
                population,
                digest,
                Objects.requireNonNull(request.rate(), "rate"),
                whole.selected());
    return new JobResult(
        JsonDocuments.write(record.document()),
        Holdings.read(outcomes, "valid"),
        Holdings.rejected(outcomes));
  }
}
