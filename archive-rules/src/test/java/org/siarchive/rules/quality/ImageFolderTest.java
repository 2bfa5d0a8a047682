package org.siarchive.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siarchive.core.model.ImageFormat;
import org.siarchive.core.model.PageImage;
import org.siarchive.core.model.Volume;

/**
 * The image folder's layout as its Javadoc gives it: {@code ROOT/VOLUME/SEQUENCE.EXT}, the recorded
 * format's extensions first, then every other format's; a manifest, when there is one, alone
 * decides, and a malformed one is refused naming the file, the line and the value.
 */
class ImageFolderTest {

  /** The usual file extensions of each format, the preferred one first. */
  private static final Map<ImageFormat, List<String>> EXTENSIONS =
      Map.of(
          ImageFormat.TIFF, List.of("tif", "tiff"),
          ImageFormat.JPEG, List.of("jpg", "jpeg"),
          ImageFormat.JPEG2000, List.of("jp2", "j2k"),
          ImageFormat.PDF, List.of("pdf"),
          ImageFormat.OFD, List.of("ofd"),
          ImageFormat.PNG, List.of("png"),
          ImageFormat.BMP, List.of("bmp"),
          ImageFormat.GIF, List.of("gif"),
          ImageFormat.WEBP, List.of("webp"));

  private static final Volume VOLUME = CleanVolumes.of(0, 1);

  /** The volume's first image, renumbered as sequence 7 of item 2, page 3, recorded as TIFF. */
  private static final PageImage IMAGE =
      VOLUME
          .images()
          .get(0)
          .withSequence(7)
          .withItemNumber(2)
          .withPageNumber(3)
          .withFormat(ImageFormat.TIFF);

  private static Path folder(ImageFolder images) throws IOException {
    return Files.createDirectories(images.folderOf(VOLUME));
  }

  @Test
  void extensions_areEachFormatsUsualOnes_thePreferredFirst() {
    assertThat(ImageFormat.values()).allSatisfy(f -> assertThat(EXTENSIONS).containsKey(f));
    for (ImageFormat f : ImageFormat.values()) {
      assertThat(ImageFolder.extensions(f)).as("%s", f).isEqualTo(EXTENSIONS.get(f));
    }
    assertThatThrownBy(() -> ImageFolder.extensions(null)).hasMessage("format");
  }

  @Test
  void layout_isRootVolumeSequenceDotPreferredExtension(@TempDir Path dir) {
    ImageFolder images = ImageFolder.of(dir);
    assertThat(images.root()).isEqualTo(dir);
    assertThat(images.folderOf(VOLUME)).isEqualTo(dir.resolve(VOLUME.id()));
    for (ImageFormat f : ImageFormat.values()) {
      assertThat(images.fileFor(VOLUME, IMAGE.withFormat(f)))
          .isEqualTo(dir.resolve(VOLUME.id()).resolve("7." + EXTENSIONS.get(f).get(0)));
    }
    assertThat(images).hasToString("ImageFolder[" + dir + "]");
    assertThatThrownBy(() -> ImageFolder.of(null)).hasMessage("root");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"TIFF", "JPEG", "JPEG2000", "PDF", "OFD", "PNG", "BMP", "GIF", "WEBP"})
  void find_takesEveryExtensionOfTheRecordedFormat_inOrder(String name, @TempDir Path dir)
      throws IOException {
    ImageFormat format = ImageFormat.valueOf(name);
    PageImage image = IMAGE.withFormat(format);
    ImageFolder images = ImageFolder.of(dir);
    Path vf = folder(images);
    List<String> exts = EXTENSIONS.get(format);
    // Another format's file is found only when none of the recorded format's is there.
    ImageFormat other = format == ImageFormat.BMP ? ImageFormat.GIF : ImageFormat.BMP;
    Files.write(vf.resolve("7." + EXTENSIONS.get(other).get(0)), new byte[] {1});
    for (int i = exts.size() - 1; i >= 0; i--) {
      Files.write(vf.resolve("7." + exts.get(i)), new byte[] {1});
      assertThat(images.find(VOLUME, image)).contains(vf.resolve("7." + exts.get(i)));
    }
  }

  @Test
  void find_fallsBackToEveryOtherFormatsExtensions_andSkipsFolders(@TempDir Path dir)
      throws IOException {
    ImageFolder images = ImageFolder.of(dir);
    Path vf = folder(images);
    assertThat(images.find(VOLUME, IMAGE)).isEmpty();
    assertThat(images.open(VOLUME, IMAGE)).isEmpty();
    // A folder under an image's name is no file.
    Files.createDirectories(vf.resolve("7.tif"));
    assertThat(images.find(VOLUME, IMAGE)).isEmpty();
    // Every extension of every other format is looked for; the second extension of JPEG 2000
    // only when no earlier format's file is there.
    Files.write(vf.resolve("7.j2k"), new byte[] {2});
    assertThat(images.find(VOLUME, IMAGE)).contains(vf.resolve("7.j2k"));
    Files.write(vf.resolve("7.webp"), new byte[] {3});
    assertThat(images.find(VOLUME, IMAGE)).contains(vf.resolve("7.j2k"));
    Files.write(vf.resolve("7.jpeg"), new byte[] {4});
    assertThat(images.find(VOLUME, IMAGE)).contains(vf.resolve("7.jpeg"));
    // Another sequence's file is not this image's.
    assertThat(images.find(VOLUME, IMAGE.withSequence(8))).isEmpty();
    try (InputStream in = images.open(VOLUME, IMAGE).orElseThrow()) {
      assertThat(in.readAllBytes()).containsExactly(4);
    }
  }

  @Test
  void manifest_aloneDecides_matchingSequenceItemAndPage(@TempDir Path dir) throws IOException {
    ImageFolder images = ImageFolder.of(dir);
    Path vf = folder(images);
    Files.write(vf.resolve("7.tif"), new byte[] {1});
    Files.write(vf.resolve("a.tif"), new byte[] {2});
    Files.writeString(
        vf.resolve(ImageFolder.MANIFEST),
        ImageFolder.MANIFEST_HEADER
            + "\n\n7\t2\t4\tx.tif\n7\t3\t3\ty.tif\n8\t2\t3\tz.tif\n7\t2\t3\ta.tif\n");
    // Listed by its three numbers (an empty line is skipped); the rows differing in one are not it.
    assertThat(images.find(VOLUME, IMAGE)).contains(vf.resolve("a.tif"));
    // Listed, but no such file: missing, although 7.tif is there.
    assertThat(images.find(VOLUME, IMAGE.withPageNumber(4))).isEmpty();
    assertThat(images.open(VOLUME, IMAGE.withPageNumber(4))).isEmpty();
    // Not listed: missing.
    assertThat(images.find(VOLUME, IMAGE.withSequence(9))).isEmpty();
  }

  @Test
  void manifest_withAnotherHeader_orNone_isRefusedOnLine1(@TempDir Path dir) throws IOException {
    ImageFolder images = ImageFolder.of(dir);
    Path manifest = folder(images).resolve(ImageFolder.MANIFEST);
    Files.writeString(manifest, "sequence\tfile\n7\ta.tif\n");
    assertThatThrownBy(() -> images.find(VOLUME, IMAGE))
        .isInstanceOf(IOException.class)
        .hasMessage(
            manifest
                + " line 1: Invalid value for header (expected"
                + " \"sequence\\titemNumber\\tpageNumber\\tfile\"): \"sequence\\tfile\"");
    Files.writeString(manifest, "");
    assertThatThrownBy(() -> images.find(VOLUME, IMAGE))
        .isInstanceOf(IOException.class)
        .hasMessageEndingWith(
            " line 1: Invalid value for header (expected"
                + " \"sequence\\titemNumber\\tpageNumber\\tfile\"): \"\"");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "7\t2\t3",
        "7\t2\t3\ta.tif\tb",
        "x\t2\t3\ta.tif",
        "7\t\t3\ta.tif",
        "7\t2\t3.0\ta.tif",
        "1234567\t2\t3\ta.tif",
        "7\t2\t3\t",
        "7\t2\t3\tsub/a.tif",
        "7\t2\t3\tsub\\a.tif",
        "7\t2\t3\t..",
        "7\t2\t3\t."
      })
  void manifest_aMalformedLine_isRefusedWithItsNumberAndValue(String line, @TempDir Path dir)
      throws IOException {
    ImageFolder images = ImageFolder.of(dir);
    Path manifest = folder(images).resolve(ImageFolder.MANIFEST);
    // The malformed line comes after a well-formed one of another image, on line 3.
    Files.writeString(manifest, ImageFolder.MANIFEST_HEADER + "\n8\t2\t3\tb.tif\n" + line + "\n");
    assertThatThrownBy(() -> images.find(VOLUME, IMAGE))
        .isInstanceOf(IOException.class)
        .hasMessage(
            manifest
                + " line 3: Invalid value for line (sequence, itemNumber, pageNumber as numbers"
                + " and a file name without separators, tab-separated): \""
                + line.replace("\t", "\\t")
                + "\"");
  }

  @Test
  void manifest_numbersOfUpToSixDigits_andNamesWithDots_areWellFormed(@TempDir Path dir)
      throws IOException {
    ImageFolder images = ImageFolder.of(dir);
    Path vf = folder(images);
    Files.write(vf.resolve("..a.tif"), new byte[] {1});
    Files.writeString(
        vf.resolve(ImageFolder.MANIFEST),
        ImageFolder.MANIFEST_HEADER + "\n999999\t0\t000000\tb.tif\n007\t02\t3\t..a.tif\n");
    assertThat(images.find(VOLUME, IMAGE)).isEqualTo(Optional.of(vf.resolve("..a.tif")));
  }
}
