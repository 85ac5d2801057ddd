package vn.election.registry.voter;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A request body read once, as a stream, and written to a file as it is read, so that the import can read it
 * a second time if it must (constant memory: the copy is on disk).
 */
final class SpoolingInputStream extends FilterInputStream {

    private final OutputStream spool;

    SpoolingInputStream(InputStream body, Path file) throws IOException {
        super(body);
        this.spool = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            spool.write(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            spool.write(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("a spooled body is read, not skipped");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Reads what is left of the body into the file: a reader that stopped early still leaves all of it there. */
    void drain() throws IOException {
        byte[] buffer = new byte[1 << 16];
        while (read(buffer, 0, buffer.length) >= 0) {
            // read() spools it
        }
    }

    /**
     * Leaves the body and the file open: the parser closes its reader when it stops, early or not, and the
     * import may still {@link #drain()} what is left. {@link #closeSpool()} ends it.
     */
    @Override
    public void close() {
        // see above
    }

    /** Completes the file; the body is the HTTP layer's to close. */
    void closeSpool() throws IOException {
        spool.close();
    }
}
