package org.testbench.reports;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Encodes a figure's RGB image as PNG (ISO/IEC 15948), fast: every row with the "Up" filter and
 * deflate at its fastest level. A chart is mostly flat colour and straight lines, so each row
 * differs from the one above in few bytes and "Up" leaves long runs of zeros that deflate's fastest
 * level already packs about as small as javax.imageio's adaptive filtering does, at a fraction of
 * its time: encoding was most of the time an HTML report took (see benchmarks' ReportBenchmark).
 * The bytes depend only on the pixels, so the same figure always gives the same file.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int BIT_DEPTH = 8;
    private static final int COLOUR_TYPE_RGB = 2;
    private static final int FILTER_UP = 2;

    private PngEncoder() {
    }

    /**
     * @param image an image of {@link BufferedImage#TYPE_INT_RGB}, as {@link FigureChart} draws
     * @return the PNG file's bytes
     * @throws IllegalArgumentException when the image is of another type
     */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("PngEncoder takes TYPE_INT_RGB images, not type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        ByteArrayOutputStream file = new ByteArrayOutputStream(width * height / 4);
        try {
            file.write(SIGNATURE);
            ByteBuffer header = ByteBuffer.allocate(13)
                    .putInt(width)
                    .putInt(height)
                    .put((byte) BIT_DEPTH)
                    .put((byte) COLOUR_TYPE_RGB)
                    .put((byte) 0)  // compression: deflate, the only one PNG defines
                    .put((byte) 0)  // filter method: adaptive, the only one PNG defines
                    .put((byte) 0); // no interlace
            writeChunk(file, "IHDR", header.array());
            writeChunk(file, "IDAT", imageData(pixels, width, height));
            writeChunk(file, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory stream does not fail", e);
        }
        return file.toByteArray();
    }

    /** @return the rows, each led by its filter type, with "Up" differences, deflated */
    private static byte[] imageData(int[] pixels, int width, int height) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream(width * height / 8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream deflated = new DeflaterOutputStream(data, deflater, 1 << 16)) {
            byte[] row = new byte[1 + 3 * width];
            row[0] = FILTER_UP;
            for (int y = 0; y < height; y++) {
                int at = y * width;
                for (int x = 0; x < width; x++) {
                    int rgb = pixels[at + x];
                    // Above the first row PNG counts zeros, so its "Up" bytes are the pixels themselves.
                    int above = y == 0 ? 0 : pixels[at - width + x];
                    int i = 1 + 3 * x;
                    row[i] = (byte) ((rgb >> 16) - (above >> 16));
                    row[i + 1] = (byte) ((rgb >> 8) - (above >> 8));
                    row[i + 2] = (byte) (rgb - above);
                }
                deflated.write(row);
            }
        } finally {
            deflater.end();
        }
        return data.toByteArray();
    }

    /** Writes a chunk: length, type, data and the CRC-32 of type and data. */
    private static void writeChunk(ByteArrayOutputStream file, String type, byte[] body) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        DataOutputStream out = new DataOutputStream(file);
        out.writeInt(body.length);
        out.write(name);
        out.write(body);
        out.writeInt((int) crc.getValue());
    }
}
