package nl.codewerk.search;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default codec with the turn text stored as it is, not LZ4-compressed. Compressing
 * it took a sixth of the indexing time and most of the time of a search that shows every hit,
 * for a saving of a few megabytes in a folder that can be rebuilt at any time (decision 0006).
 *
 * <p>Lucene finds codecs by name when it reads an index, through
 * {@code META-INF/services/org.apache.lucene.codecs.Codec}; the name must never change
 * meaning. A new layout gets a new name (and {@link SearchAnalysis#FORMAT} a new value).
 */
public final class SearchCodec extends FilterCodec {

    static final String NAME = "CodewerkSearch1";

    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
            "CodewerkPlainStoredFields", PLAIN, 16 * 1024, 128, 10);

    /**
     * Public and without arguments: Lucene's service loader makes it when reading an index.
     * The delegate is named, not {@code Codec.getDefault()}, which cannot be called while the
     * service loader is still making the codecs; a Lucene upgrade that changes it needs a new
     * {@link #NAME}.
     */
    public SearchCodec() {
        super(NAME, new Lucene103Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }

    /** Bytes copied as they are, both ways. */
    private static final CompressionMode PLAIN = new CompressionMode() {
        @Override
        public Compressor newCompressor() {
            return new Compressor() {
                @Override
                public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
                    out.copyBytes(in, in.length());
                }

                @Override
                public void close() {
                    // nothing held
                }
            };
        }

        @Override
        public Decompressor newDecompressor() {
            return PLAIN_DECOMPRESSOR;
        }

        @Override
        public String toString() {
            return "PLAIN";
        }
    };

    private static final Decompressor PLAIN_DECOMPRESSOR = new Decompressor() {
        @Override
        public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes) throws IOException {
            if (bytes.bytes.length < offset + length) {
                bytes.bytes = new byte[ArrayUtil.oversize(offset + length, 1)];
            }
            in.readBytes(bytes.bytes, 0, offset + length);
            bytes.offset = offset;
            bytes.length = length;
        }

        @Override
        public Decompressor clone() {
            return this;
        }
    };
}
