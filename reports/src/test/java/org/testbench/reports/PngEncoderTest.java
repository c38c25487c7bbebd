package org.testbench.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    /** Every channel's full range, and a first row unlike the next, so "Up" must wrap around in both directions. */
    private static BufferedImage noisyImage() {
        BufferedImage image = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
        SplittableRandom random = new SplittableRandom(15948);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        return image;
    }

    @Test
    void javasOwnPngReaderGetsBackEveryPixel() throws IOException {
        BufferedImage image = noisyImage();

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image)));

        assertThat(read.getWidth()).isEqualTo(37);
        assertThat(read.getHeight()).isEqualTo(23);
        for (int y = 0; y < 23; y++) {
            for (int x = 0; x < 37; x++) {
                assertThat(read.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void aFigureRoundTripsAndIsAsSmallAsImageIosOwn() throws IOException {
        FigureChart chart = new FigureChart(SampleFigures.scatter());
        byte[] png = chart.png();

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        ByteArrayOutputStream imageIo = new ByteArrayOutputStream();
        ImageIO.write(read, "png", imageIo);

        assertThat(read.getWidth()).isEqualTo((int) Math.round(chart.area().getWidth() * FigureChart.PIXELS_PER_POINT));
        // "Up" plus fastest deflate against imageio's adaptive filters: within 25 % on a chart.
        assertThat((double) png.length).isLessThan(1.25 * imageIo.size());
    }

    @Test
    void theHeaderAndItsChecksumAreWhatPngSpecifies() {
        ByteBuffer png = ByteBuffer.wrap(PngEncoder.encode(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB)));

        assertThat(png.getLong(0)).isEqualTo(0x89504E470D0A1A0AL);
        assertThat(png.getInt(8)).as("IHDR length").isEqualTo(13);
        assertThat(new String(png.array(), 12, 4, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
        assertThat(png.getInt(16)).as("width").isEqualTo(3);
        assertThat(png.getInt(20)).as("height").isEqualTo(2);
        assertThat(new byte[] {png.get(24), png.get(25), png.get(26), png.get(27), png.get(28)})
                .as("bit depth 8, RGB, deflate, adaptive filtering, no interlace").containsExactly(8, 2, 0, 0, 0);
        CRC32 crc = new CRC32();
        crc.update(png.array(), 12, 17);
        assertThat(png.getInt(29)).isEqualTo((int) crc.getValue());
        assertThat(new String(png.array(), png.limit() - 8, 4, StandardCharsets.US_ASCII))
                .isEqualTo("IEND");
    }

    @Test
    void anImageOfAnotherTypeIsRefused() {
        assertThatThrownBy(() -> PngEncoder.encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TYPE_INT_RGB");
    }
}
