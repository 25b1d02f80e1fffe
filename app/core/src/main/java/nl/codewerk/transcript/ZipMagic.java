package nl.codewerk.transcript;

/** Whether bytes start like a ZIP archive ("PK" and a local file header). */
final class ZipMagic {

    private ZipMagic() {
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }
}
