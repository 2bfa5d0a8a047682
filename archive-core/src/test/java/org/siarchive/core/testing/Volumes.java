package org.siarchive.core.testing;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.siarchive.core.id.CitizenId;
import org.siarchive.core.id.CreditCode;
import org.siarchive.core.model.ArchivalCode;
import org.siarchive.core.model.BusinessType;
import org.siarchive.core.model.CatalogEntry;
import org.siarchive.core.model.ColourMode;
import org.siarchive.core.model.ImageFormat;
import org.siarchive.core.model.Item;
import org.siarchive.core.model.Page;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.RetentionPeriod;
import org.siarchive.core.model.SealKind;
import org.siarchive.core.model.Volume;

/**
 * The one way the tests of every module build a clean volume: a volume is described by its items
 * ({@link Piece}) and the builder derives its three views so that they agree. Item {@code n} (1, 2,
 * ...) gets a catalogue row with an archival code of the volume's fonds, category, year, period and
 * organisation (none when the period defers to another regulation), the piece's material, title,
 * date and page count; a paper item with pages numbered 1 to the page count and the piece's seals;
 * and one image per page, numbered in sequence across the volume, scanned as the piece's {@link
 * Scan} says, with a digest unique to the volume and sequence ({@link #digest}).
 *
 * <p>What makes a volume clean under a set of material rules (which materials, seals, resolution
 * and colour) is the caller's choice of pieces: archive-rules' tests derive them from the material
 * rules, archive-core's from {@link Fixtures#cleanVolume()}.
 *
 * <pre>{@code
 * Volume v = Volumes.builder()
 *     .id("SC01-2024-000001").subCenterId("SC01").year(2024)
 *     .item(Volumes.Piece.of("M-APPLICATION", "养老保险待遇申领表", true, EnumSet.allOf(SealKind.class), "20240315", 2))
 *     .build();
 * }</pre>
 */
public final class Volumes {
  private Volumes() {}

  /** A builder with the defaults of {@link Fixtures#cleanVolume()}'s volume and no items. */
  public static Builder builder() {
    return new Builder();
  }

  /** The digest of the image at a sequence number of a volume: SHA-256 of {@code id#sequence}. */
  public static String digest(String volumeId, int sequence) {
    return Hashing.sha256()
        .hashString(volumeId + "#" + sequence, StandardCharsets.UTF_8)
        .toString();
  }

  /** How one page was scanned. */
  public record Scan(ImageFormat format, int dpi, ColourMode colour) {
    /** TIFF, 300 dpi, colour: acceptable for every material of the bundled rules. */
    public static final Scan TIFF_300_COLOUR = new Scan(ImageFormat.TIFF, 300, ColourMode.COLOUR);

    public Scan {
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(colour, "colour");
    }
  }

  /**
   * One item (件) of a clean volume.
   *
   * @param material the material code, on the catalogue row and the paper item
   * @param title the catalogue title
   * @param mainForm whether the item is the volume's main form
   * @param seals the seals present on the paper
   * @param date the registered date as the catalogue writes it ({@code yyyyMMdd}), or null
   * @param pages one scan per page; the page count registered, present and imaged
   */
  public record Piece(
      String material,
      String title,
      boolean mainForm,
      Set<SealKind> seals,
      String date,
      List<Scan> pages) {
    public Piece {
      Objects.requireNonNull(material, "material");
      Objects.requireNonNull(title, "title");
      seals = Set.copyOf(seals);
      pages = List.copyOf(pages);
    }

    /** A piece of {@code pages} pages, each scanned as {@link Scan#TIFF_300_COLOUR}. */
    public static Piece of(
        String material,
        String title,
        boolean mainForm,
        Set<SealKind> seals,
        String date,
        int pages) {
      return new Piece(
          material, title, mainForm, seals, date, Collections.nCopies(pages, Scan.TIFF_300_COLOUR));
    }
  }

  /** Builds a clean volume from its pieces; every setter has a default but the pieces. */
  public static final class Builder {
    private String id = "SC01-2024-000001";
    private String subCenterId = "SC01";
    private int year = 2024;
    private BusinessType businessType = BusinessType.parse("PENSION/BENEFIT_DETERMINATION");
    private RetentionPeriod retention = RetentionPeriod.ofYears(30);
    private String title = "张某某养老保险待遇核定";
    private CitizenId person;
    private CreditCode employer;
    private String arranger = "李档案";
    private String checker = "王检查";
    private LocalDate arrangedOn;
    private String fonds = "J001";
    private String category = "SB";
    private String organisation = "YL";
    private String responsible = "和平分中心";
    private final List<Piece> pieces = new ArrayList<>();

    private Builder() {}

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder subCenterId(String subCenterId) {
      this.subCenterId = subCenterId;
      return this;
    }

    public Builder year(int year) {
      this.year = year;
      return this;
    }

    public Builder businessType(BusinessType businessType) {
      this.businessType = businessType;
      return this;
    }

    /** The volume's period, also the period of every archival code. */
    public Builder retention(RetentionPeriod retention) {
      this.retention = retention;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder person(CitizenId person) {
      this.person = person;
      return this;
    }

    public Builder employer(CreditCode employer) {
      this.employer = employer;
      return this;
    }

    public Builder arranger(String arranger) {
      this.arranger = arranger;
      return this;
    }

    public Builder checker(String checker) {
      this.checker = checker;
      return this;
    }

    public Builder arrangedOn(LocalDate arrangedOn) {
      this.arrangedOn = arrangedOn;
      return this;
    }

    /** The fonds code (全宗号) of every archival code. */
    public Builder fonds(String fonds) {
      this.fonds = fonds;
      return this;
    }

    /** The organisation level of every archival code, or null for codes without one. */
    public Builder organisation(String organisation) {
      this.organisation = organisation;
      return this;
    }

    /** The responsible party (责任者) of every catalogue row. */
    public Builder responsible(String responsible) {
      this.responsible = responsible;
      return this;
    }

    /** Adds the next item. */
    public Builder item(Piece piece) {
      pieces.add(Objects.requireNonNull(piece, "piece"));
      return this;
    }

    /** The volume, its three views in agreement. */
    public Volume build() {
      List<CatalogEntry> catalogue = new ArrayList<>();
      List<Item> items = new ArrayList<>();
      List<PageImage> images = new ArrayList<>();
      for (int n = 1; n <= pieces.size(); n++) {
        Piece piece = pieces.get(n - 1);
        String code =
            retention.isDeferred()
                ? null
                : new ArchivalCode(fonds, category, year, retention, organisation, n).format();
        catalogue.add(
            new CatalogEntry(
                n,
                code,
                piece.material(),
                piece.title(),
                piece.date(),
                responsible,
                null,
                piece.pages().size()));
        List<Page> pages = new ArrayList<>();
        for (int p = 1; p <= piece.pages().size(); p++) {
          pages.add(new Page(p));
          Scan scan = piece.pages().get(p - 1);
          int sequence = images.size() + 1;
          images.add(
              new PageImage(
                  sequence,
                  n,
                  p,
                  scan.format(),
                  scan.dpi(),
                  scan.colour(),
                  2480,
                  3508,
                  digest(id, sequence),
                  400_000L,
                  false,
                  false));
        }
        EnumSet<SealKind> seals = EnumSet.noneOf(SealKind.class);
        seals.addAll(piece.seals());
        items.add(new Item(n, piece.material(), piece.mainForm(), seals, pages));
      }
      return Volume.builder()
          .id(id)
          .subCenterId(subCenterId)
          .year(year)
          .businessType(businessType)
          .retention(retention)
          .title(title)
          .person(person)
          .employer(employer)
          .arranger(arranger)
          .checker(checker)
          .arrangedOn(arrangedOn)
          .catalogue(catalogue)
          .items(items)
          .images(images)
          .build();
    }
  }
}
