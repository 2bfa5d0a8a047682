package org.siarchive.rules.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.siarchive.core.json.ArchiveJson;
import org.siarchive.core.ledger.CanonicalJson;
import org.siarchive.core.ledger.HashAlgorithm;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.Volume;
import org.siarchive.core.transfer.Transfers;
import org.siarchive.core.transfer.VolumeSet;

/**
 * The hand-over form of a batch read back from its ledger: counts against a hand tally, each of the
 * four properties' results and words, and its JSON and HTML renderings.
 */
class HandOverFormTest {
  private static final String BATCH = "SC01-2024-7";

  /** A phase-2 batch of the volumes, carried to storage. */
  private static Transfers stored(List<Volume> volumes) {
    return stored(Desk.transfers(), volumes);
  }

  /** A phase-2 batch of the volumes, carried to storage in the given transfers' ledger. */
  private static Transfers stored(Transfers transfers, List<Volume> volumes) {
    BatchOutcome out =
        Phase2.builder(
                transfers,
                Desk.CONTEXT,
                new Desk.Restorer(volumes, 1),
                Staffing.firstOnRoster(Desk.ROSTER))
            .seed("s")
            .build()
            .run(BATCH, "SC01", volumes);
    assertThat(out.batch().state()).isEqualTo("STORED");
    return transfers;
  }

  /**
   * The package digest as a third party computes it: the manifest, a line of each record's hex
   * hash, as {@code sha256sum} prints it, then the hash of the manifest.
   */
  private static String manifestDigest(List<Volume> volumes, HashAlgorithm algorithm) {
    StringBuilder manifest = new StringBuilder();
    for (Volume v : volumes) {
      manifest.append(algorithm.hashHex(ArchiveJson.writeCanonicalVolumeBytes(v))).append('\n');
    }
    return algorithm.hashHex(manifest.toString().getBytes(StandardCharsets.US_ASCII));
  }

  private static String sha256Of(List<Volume> volumes) {
    return manifestDigest(volumes, HashAlgorithm.SHA_256);
  }

  @Test
  void of_storedBatch_countsWhatTheRecordsHoldAndPassesAuthenticityAndIntegrity() {
    List<Volume> volumes = Desk.clean(3);
    Transfers transfers = stored(volumes);
    // Records of another batch and unordered input are left aside and put in batch order.
    List<Volume> records = new ArrayList<>(List.of(volumes.get(2), volumes.get(0)));
    records.add(Desk.clean(5).get(4));
    records.add(volumes.get(1));
    HandOverForm form = HandOverForm.of(transfers.ledger(), BATCH, records);

    long items = 0;
    long pages = 0;
    long images = 0;
    long bytes = 0;
    for (Volume v : volumes) {
      items += v.items().size();
      pages += v.items().stream().mapToLong(i -> i.pages().size()).sum();
      images += v.images().size();
      bytes += v.images().stream().mapToLong(PageImage::byteSize).sum();
    }
    assertThat(items).isGreaterThan(3);
    assertThat(pages).isGreaterThan(items);
    assertThat(form.batch()).isEqualTo(BATCH);
    assertThat(form.subCenter()).isEqualTo("SC01");
    assertThat(form.volumes()).isEqualTo(3);
    assertThat(form.items()).isEqualTo(items);
    assertThat(form.pages()).isEqualTo(pages);
    assertThat(form.images()).isEqualTo(images);
    assertThat(form.bytes()).isEqualTo(bytes);
    assertThat(form.digest().value()).isEqualTo(sha256Of(volumes));
    assertThat(form.digest().algorithm()).isEqualTo(HashAlgorithm.SHA_256);
    assertThat(form.treeHead()).isEqualTo(transfers.ledger().head());
    assertThat(form.fourProperties().authenticity())
        .isEqualTo(
            new HandOverForm.PropertyResult(
                HandOverForm.Result.PASSED,
                "the package digest equals the one the HAND_OVER event 5 recorded"));
    assertThat(form.fourProperties().integrity())
        .isEqualTo(
            new HandOverForm.PropertyResult(
                HandOverForm.Result.PASSED,
                "all 3 volumes the batch's opening event lists are at hand, each once"));
    assertThat(form.fourProperties().usability().result())
        .isEqualTo(HandOverForm.Result.NOT_PERFORMED);
    assertThat(form.fourProperties().security().detail())
        .isEqualTo("no virus scan or carrier check is part of the context");
    assertThat(form.signatures())
        .extracting(HandOverForm.Signature::role)
        .containsExactly("ACCEPTANCE_POST", "SUPERVISING_LEADER", "ARCHIVIST", "STORAGE_KEEPER");
    assertThat(form.signatures()).allMatch(s -> s.time().startsWith("2026-06-01T"));
  }

  @Test
  void of_missingRepeatedAndChangedRecords_failIntegrityAndAuthenticityWithTheFigures() {
    List<Volume> volumes = Desk.clean(3);
    Transfers transfers = stored(volumes);
    Volume changed = Desk.imageTwice(volumes.get(0));
    List<Volume> records = List.of(changed, volumes.get(2), volumes.get(2));
    HandOverForm form = HandOverForm.of(transfers.ledger(), BATCH, records);

    String recorded = sha256Of(volumes);
    String atHand = sha256Of(List.of(changed, volumes.get(2)));
    assertThat(form.volumes()).isEqualTo(2);
    assertThat(form.images()).isEqualTo(changed.images().size() + volumes.get(2).images().size());
    assertThat(form.fourProperties().integrity())
        .isEqualTo(
            new HandOverForm.PropertyResult(
                HandOverForm.Result.FAILED,
                "2 of the 3 volumes the opening event lists are at hand; missing 1 (first \""
                    + volumes.get(1).id()
                    + "\"); repeated 1 (first \""
                    + volumes.get(2).id()
                    + "\")"));
    assertThat(form.fourProperties().authenticity())
        .isEqualTo(
            new HandOverForm.PropertyResult(
                HandOverForm.Result.FAILED,
                "the package digest of the 2 records at hand is SHA-256 "
                    + atHand
                    + "; the HAND_OVER event 5 recorded SHA-256 "
                    + recorded
                    + " over 3 records"));
  }

  @Test
  void of_sameRecordsInAnotherOrderOrFewer_failOnTheDigestOrTheCount() {
    List<Volume> volumes = Desk.clean(2);
    Transfers transfers = stored(volumes);
    HandOverForm swapped =
        HandOverForm.of(transfers.ledger(), BATCH, List.of(volumes.get(1), volumes.get(0)));
    assertThat(swapped.fourProperties().authenticity().result())
        .isEqualTo(HandOverForm.Result.PASSED);
    HandOverForm one = HandOverForm.of(transfers.ledger(), BATCH, List.of(volumes.get(1)));
    assertThat(one.fourProperties().integrity().detail())
        .isEqualTo(
            "1 of the 2 volumes the opening event lists are at hand; missing 1 (first \""
                + volumes.get(0).id()
                + "\"); repeated 0");
    assertThat(one.fourProperties().authenticity().detail()).endsWith(" over 2 records");
  }

  /** Appends events of another batch, which the form leaves aside. */
  private static void otherEvents(Transfers transfers, int n) {
    for (int i = 0; i < n; i++) {
      ObjectNode e = JsonNodeFactory.instance.objectNode();
      e.put("batch", "SC01-2024-1");
      e.put("action", "NOTE");
      e.put("n", i);
      assertThat(transfers.ledger().tryAppend(e)).isPresent();
    }
  }

  @Test
  void of_ledgerOfExactlyTwoReadsWithTheBatchAcrossThem_readsEveryEventOnce() {
    // 4,096 events are read at a time: the batch opens in the first read and is handed over in
    // the second, which ends the ledger exactly at 8,192 events.
    List<Volume> volumes = Desk.clean(3);
    Transfers transfers = Desk.transfers();
    otherEvents(transfers, 4094);
    stored(transfers, volumes);
    otherEvents(transfers, 8192 - 4101);
    assertThat(transfers.ledger().size()).isEqualTo(8192);

    HandOverForm form = HandOverForm.of(transfers.ledger(), BATCH, volumes);
    assertThat(form.treeHead().treeSize()).isEqualTo(8192);
    assertThat(form.volumes()).isEqualTo(3);
    assertThat(form.digest().value()).isEqualTo(sha256Of(volumes));
    assertThat(form.fourProperties().authenticity())
        .isEqualTo(
            new HandOverForm.PropertyResult(
                HandOverForm.Result.PASSED,
                "the package digest equals the one the HAND_OVER event 4099 recorded"));
    assertThat(form.fourProperties().integrity().result()).isEqualTo(HandOverForm.Result.PASSED);
    assertThat(form.signatures())
        .extracting(HandOverForm.Signature::role)
        .containsExactly("ACCEPTANCE_POST", "SUPERVISING_LEADER", "ARCHIVIST", "STORAGE_KEEPER");
  }

  @Test
  void of_batchNotHandedOver_authenticityNotPerformed() {
    List<Volume> volumes = Desk.clean(2);
    Transfers transfers = Desk.transfers();
    String digest = HandOverForm.packageDigest(volumes, HashAlgorithm.SHA_256).value();
    transfers.open(
        BATCH, "SC01", 2, new VolumeSet(volumes.stream().map(Volume::id).toList(), digest), "a1");
    HandOverForm form = HandOverForm.of(transfers.ledger(), BATCH, volumes);
    assertThat(form.fourProperties().authenticity())
        .isEqualTo(
            new HandOverForm.PropertyResult(
                HandOverForm.Result.NOT_PERFORMED,
                "the batch has no HAND_OVER (phase 2) or STORE (phase 1) event recording a package"
                    + " digest"));
    assertThat(form.signatures()).isEmpty();
    assertThat(form.fourProperties().integrity().result()).isEqualTo(HandOverForm.Result.PASSED);
  }

  @Test
  void of_batchNeverOpened_isRefusedNamingTheBatch() {
    Transfers transfers = stored(Desk.clean(1));
    assertThatThrownBy(() -> HandOverForm.of(transfers.ledger(), "SC01-2024-8", List.of()))
        .hasMessageStartingWith("Invalid value for batch (a batch opened in ledger ")
        .hasMessageEndingWith("): \"SC01-2024-8\"");
  }

  @Test
  void packageDigest_isTheHashOfTheManifestOfEachCanonicalRecordsHash() {
    List<Volume> volumes = Desk.clean(2);
    assertThat(HandOverForm.packageDigest(volumes, HashAlgorithm.SHA_256).value())
        .isEqualTo(sha256Of(volumes));
    // The empty manifest is the empty string, whose SHA-256 FIPS 180-4 gives.
    assertThat(HandOverForm.packageDigest(List.of(), HashAlgorithm.SHA_256).value())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    // Both levels use the algorithm asked for.
    HandOverForm.Digest sm3 = HandOverForm.packageDigest(volumes, HashAlgorithm.SM3);
    assertThat(sm3.algorithm()).isEqualTo(HashAlgorithm.SM3);
    assertThat(sm3.value()).isEqualTo(manifestDigest(volumes, HashAlgorithm.SM3));
    // The order of the records is part of it.
    assertThat(
            HandOverForm.packageDigest(
                    List.of(volumes.get(1), volumes.get(0)), HashAlgorithm.SHA_256)
                .value())
        .isEqualTo(sha256Of(List.of(volumes.get(1), volumes.get(0))))
        .isNotEqualTo(sha256Of(volumes));
  }

  @Test
  void records_refuseNegativeCountsAndMalformedDigests() {
    assertThatThrownBy(() -> new HandOverForm.Digest(HashAlgorithm.SHA_256, "ab"))
        .hasMessage("Invalid value for value (64 lower-case hexadecimal digits): \"ab\"");
    assertThatThrownBy(() -> new HandOverForm.Digest(HashAlgorithm.SHA_256, "AB".repeat(32)))
        .hasMessageStartingWith("Invalid value for value (64 lower-case hexadecimal digits): ");
    HandOverForm form = HandOverForm.of(stored(Desk.clean(1)).ledger(), BATCH, Desk.clean(1));
    for (int field = 0; field < 5; field++) {
      long[] n = {1, 1, 1, 1, 1};
      n[field] = -1;
      assertThatThrownBy(
              () ->
                  new HandOverForm(
                      BATCH,
                      "SC01",
                      n[0],
                      n[1],
                      n[2],
                      n[3],
                      n[4],
                      form.digest(),
                      form.fourProperties(),
                      form.treeHead(),
                      List.of()))
          .hasMessage("Invalid value for counts (0 or more): -1");
    }
    assertThat(
            new HandOverForm(
                    BATCH,
                    "SC01",
                    0,
                    0,
                    0,
                    0,
                    0,
                    form.digest(),
                    form.fourProperties(),
                    form.treeHead(),
                    List.of())
                .volumes())
        .isZero();
  }

  @Test
  void toJson_writesEveryFieldInTheFormsOrder() {
    List<Volume> volumes = Desk.clean(2);
    Transfers transfers = stored(volumes);
    HandOverForm form = HandOverForm.of(transfers.ledger(), BATCH, volumes);
    JsonNode json =
        CanonicalJson.parse(form.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    List<String> keys = new ArrayList<>();
    form.toJsonNode().fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "batch",
            "subCenter",
            "volumes",
            "items",
            "pages",
            "images",
            "bytes",
            "digest",
            "fourProperties",
            "treeHead",
            "signatures");
    assertThat(json.path("volumes").asLong()).isEqualTo(2);
    assertThat(json.path("items").asLong()).isEqualTo(form.items());
    assertThat(json.path("pages").asLong()).isEqualTo(form.pages());
    assertThat(json.path("images").asLong()).isEqualTo(form.images());
    assertThat(json.path("bytes").asLong()).isEqualTo(form.bytes());
    assertThat(json.path("subCenter").asText()).isEqualTo("SC01");
    assertThat(json.path("digest").path("algorithm").asText()).isEqualTo("SHA-256");
    assertThat(json.path("digest").path("value").asText()).isEqualTo(form.digest().value());
    assertThat(json.path("fourProperties").path("authenticity").path("result").asText())
        .isEqualTo("passed");
    assertThat(json.path("fourProperties").path("usability").path("result").asText())
        .isEqualTo("not performed");
    assertThat(json.path("fourProperties").path("security").path("detail").asText())
        .isEqualTo(form.fourProperties().security().detail());
    assertThat(json.path("fourProperties").path("integrity").path("detail").asText())
        .isEqualTo(form.fourProperties().integrity().detail());
    assertThat(json.path("treeHead").path("treeSize").asLong()).isEqualTo(7);
    assertThat(json.path("treeHead").path("rootHash").asText())
        .isEqualTo(form.treeHead().rootHash());
    assertThat(json.path("treeHead").path("algorithm").asText()).isEqualTo("SHA-256");
    assertThat(json.path("signatures")).hasSize(4);
    assertThat(json.path("signatures").get(3).path("person").asText()).isEqualTo("k1");
    assertThat(json.path("signatures").get(3).path("role").asText()).isEqualTo("STORAGE_KEEPER");
    assertThat(json.path("signatures").get(3).path("time").asText())
        .isEqualTo(form.signatures().get(3).time());
  }

  @Test
  void render_writesEachFigureAndSignatureEscaped() {
    List<Volume> volumes = Desk.clean(2);
    Transfers transfers = stored(volumes);
    HandOverForm form = HandOverForm.of(transfers.ledger(), BATCH, volumes);
    HandOverForm odd =
        new HandOverForm(
            "B<1>",
            form.subCenter(),
            form.volumes(),
            form.items(),
            form.pages(),
            form.images(),
            1234567,
            form.digest(),
            form.fourProperties(),
            form.treeHead(),
            List.of(new HandOverForm.Signature("ARCHIVIST", "a&b", "2026-06-01T16:00:00+08:00")));
    String html = HandOverHtml.render(odd);
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">")
        .contains("<title>电子档案移交与接收登记表 B&lt;1&gt;</title>")
        .contains("<tr><th>移交批次 Batch</th><td>B&lt;1&gt;</td></tr>")
        .contains("<tr><th>移交单位 Sub-centre</th><td>SC01</td></tr>")
        .contains("<tr><th>案卷数 Volumes</th><td>2</td></tr>")
        .contains("<tr><th>件数 Items</th><td>" + form.items() + "</td></tr>")
        .contains("<tr><th>页数 Pages</th><td>" + form.pages() + "</td></tr>")
        .contains("<tr><th>图像数 Images</th><td>" + form.images() + "</td></tr>")
        .contains("<tr><th>数据量 Bytes</th><td>1,234,567</td></tr>")
        .contains(
            "<tr><th>数据包摘要 Package digest (SHA-256)</th><td class=\"mono\">"
                + form.digest().value()
                + "</td></tr>")
        .contains("<tr><td>真实性 Authenticity</td><td>passed</td><td>the package digest equals")
        .contains("<tr><td>完整性 Integrity</td><td>passed</td><td>all 2 volumes the batch&#39;s")
        .contains("<tr><td>可用性 Usability</td><td>not performed</td><td>")
        .contains(
            "<tr><td>安全性 Security</td><td>not performed</td><td>no virus scan or carrier check"
                + " is part of the context</td></tr>")
        .contains(
            "<tr><th>账本树头 Ledger tree head</th><td class=\"mono\">7 SHA-256 "
                + form.treeHead().rootHash()
                + "</td></tr>")
        .contains("<tr><td>ARCHIVIST</td><td>a&amp;b</td><td>2026-06-01T16:00:00+08:00</td></tr>")
        .endsWith("</table>\n</body></html>\n");
  }
}
