package vn.election.registry.voter;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Rows in PostgreSQL's binary COPY format: the server stores uuids and dates as sent, with no text to parse,
 * and nothing needs escaping. Buffered here, so a field is a few array stores, not a call per byte.
 */
final class BinaryCopy implements Closeable {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    /** PostgreSQL counts dates in days from 2000-01-01. */
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int size;

    BinaryCopy(OutputStream out) throws IOException {
        this.out = out;
        bytes(SIGNATURE);
        int32(0); // flags
        int32(0); // header extension length
    }

    /** Starts a row of {@code columns} fields. */
    void row(int columns) throws IOException {
        int16(columns);
    }

    void text(String value) throws IOException {
        if (value == null) {
            int32(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        int32(utf8.length);
        bytes(utf8);
    }

    void uuid(UUID value) throws IOException {
        if (value == null) {
            int32(-1);
            return;
        }
        int32(16);
        int64(value.getMostSignificantBits());
        int64(value.getLeastSignificantBits());
    }

    void date(LocalDate value) throws IOException {
        if (value == null) {
            int32(-1);
            return;
        }
        int32(4);
        int32((int) (value.toEpochDay() - POSTGRES_EPOCH_DAY));
    }

    void bigint(long value) throws IOException {
        int32(8);
        int64(value);
    }

    /** Ends the data and the COPY: the server answers then, with the rows' fate. */
    @Override
    public void close() throws IOException {
        try (out) {
            int16(-1);
            flush();
        }
    }

    private void int16(int value) throws IOException {
        room(2);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
    }

    private void int32(int value) throws IOException {
        room(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (value >>> shift);
        }
    }

    private void int64(long value) throws IOException {
        room(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (value >>> shift);
        }
    }

    private void bytes(byte[] value) throws IOException {
        if (value.length > buffer.length) {
            flush();
            out.write(value);
            return;
        }
        room(value.length);
        System.arraycopy(value, 0, buffer, size, value.length);
        size += value.length;
    }

    private void room(int needed) throws IOException {
        if (size + needed > buffer.length) {
            flush();
        }
    }

    private void flush() throws IOException {
        out.write(buffer, 0, size);
        size = 0;
    }
}
