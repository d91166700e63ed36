package org.chargeplan.road.osm;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.chargeplan.road.ProgressListener;

/** Counts the bytes read from a file and reports them to a {@link ProgressListener}. Not thread-safe. */
final class ProgressInputStream extends FilterInputStream {

    private final ProgressListener progress;
    private final long total;
    private long done;

    ProgressInputStream(InputStream in, long total, ProgressListener progress) {
        super(in);
        this.total = Math.max(total, 1);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        advance(skipped);
        return skipped;
    }

    private void advance(long n) {
        done += n;
        progress.update(Math.min(done, total), total);
    }
}
