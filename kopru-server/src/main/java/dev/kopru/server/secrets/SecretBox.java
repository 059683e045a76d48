package dev.kopru.server.secrets;

import dev.kopru.core.input.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets at rest with AES-256-GCM. A sealed value is {@code enc:v1:<base64(iv ‖ ciphertext ‖ tag)>}, so a
 * stored value says whether it is sealed and with which scheme; each seal uses a fresh 96-bit IV.
 */
public final class SecretBox {

    public static final String PREFIX = "enc:v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private SecretBox(byte[] key) {
        if (key.length != 32) {
            throw new InvalidInputException("kopru.secret-key", "must be 32 bytes (base64 of 32 random bytes), was "
                    + key.length + " bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** A box on a base64 key, as given in {@code KOPRU_SECRET_KEY}. */
    public static SecretBox ofBase64(String base64Key) {
        try {
            return new SecretBox(Base64.getDecoder().decode(base64Key.trim()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kopru.secret-key", e.getMessage());
        }
    }

    /** A box on the key in {@code file}; a missing file is created with a new random key, readable by its owner only. */
    public static SecretBox fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system: the directory's permissions have to do
                }
            }
            return ofBase64(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException("kopru.secret-key-file: cannot read or create " + file + ": "
                    + e.getMessage(), e);
        }
    }

    public String seal(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    /** @throws IllegalStateException when the value was sealed with another key or was tampered with */
    public String open(String sealed) {
        if (!isSealed(sealed)) {
            throw new IllegalArgumentException("not a sealed value");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // the message never carries the value
            throw new IllegalStateException("a stored secret cannot be decrypted with this key"
                    + " (was kopru.secret-key or the key file changed?)");
        }
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    @Override
    public String toString() {
        return "SecretBox[AES-256-GCM]";
    }
}
