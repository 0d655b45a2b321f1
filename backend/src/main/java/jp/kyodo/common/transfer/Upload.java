package jp.kyodo.common.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded file, read from the request body once into a temporary file, so that the file is never held in memory
 * whole (its SHA-256, what an import's Idempotency-Key stands for, is read from the file when asked): CSV is decoded and parsed
 * from the file as a stream, an .xlsx is opened as a zip file (its parts read when needed, the sheet streamed).
 * {@link #close()} deletes the file. Small files given as bytes (tests, callers that hold them) stay as they are.
 */
public final class Upload implements AutoCloseable {

    private final Path file;
    private final byte[] bytes;
    private final long size;
    private String digest;

    private Upload(Path file, byte[] bytes, long size) {
        this.file = file;
        this.bytes = bytes;
        this.size = size;
    }

    /** Copies the body to a temporary file in chunks. */
    public static Upload spool(InputStream body) {
        Path file = null;
        try {
            file = Files.createTempFile("kyodo-upload-", ".bin");
            long size = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                if (body != null) {
                    try (InputStream in = body) {
                        size = in.transferTo(out);
                    }
                }
            }
            return new Upload(file, null, size);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("could not store the uploaded file", e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** A file already in memory. */
    public static Upload of(byte[] body) {
        byte[] b = body == null ? new byte[0] : body;
        return new Upload(null, b, b.length);
    }

    /** Lowercase hex SHA-256 of the content, read from the file when first asked (only a keyed import asks). */
    public String digest() {
        if (digest == null) {
            MessageDigest sha = sha256();
            try (InputStream in = new DigestInputStream(open(), sha)) {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the uploaded file", e);
            }
            digest = HexFormat.of().formatHex(sha.digest());
        }
        return digest;
    }

    public long size() {
        return size;
    }

    /** The content from its start; the caller closes it. */
    public InputStream open() throws IOException {
        return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
    }

    /** The temporary file, or null when the content is in memory ({@link #bytes()}). */
    Path file() {
        return file;
    }

    byte[] bytes() {
        return bytes;
    }

    /** Up to {@code n} bytes from the start (to tell the format by its signature). */
    byte[] head(int n) throws IOException {
        try (InputStream in = open()) {
            return in.readNBytes(n);
        }
    }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the system's cleanup takes it
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
