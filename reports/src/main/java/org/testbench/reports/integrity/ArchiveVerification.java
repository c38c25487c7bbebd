package org.testbench.reports.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testbench.reports.integrity.FileCheck.Status;

/**
 * A run folder checked against its manifest and the manifest's signature: every listed file is
 * hashed again (changed or missing), every unlisted file is named (extra), the manifest must parse,
 * and the signature, when there is one, must hold for the manifest and come from the trusted signer.
 *
 * @param dir       the folder
 * @param files     every file's check: the manifest's entries in its order, then the extra files, then
 *                  the manifest and the signature themselves
 * @param signature the signature's check
 */
public record ArchiveVerification(Path dir, List<FileCheck> files, SignatureCheck signature) {

    /** Copies the list. */
    public ArchiveVerification {
        files = List.copyOf(files);
    }

    /**
     * @param dir               a run folder
     * @param trusted           the certificate the signer must be or be issued by, or null to check
     *                          the signature without trust
     * @param signatureRequired whether an unsigned folder fails (it passes as "not signed" otherwise)
     * @return what was found
     * @throws IOException when the folder or a file cannot be read
     */
    public static ArchiveVerification of(Path dir, X509Certificate trusted, boolean signatureRequired)
            throws IOException {
        List<FileCheck> checks = new ArrayList<>();
        Path manifestFile = dir.resolve(Manifest.FILE);
        if (!Files.isRegularFile(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
            checks.add(new FileCheck(Manifest.FILE, Status.MISSING, "the folder has no manifest to check it against"));
            return new ArchiveVerification(dir, checks, SignatureCheck.notSigned());
        }
        byte[] manifestBytes = Files.readAllBytes(manifestFile);
        FileCheck manifestCheck = new FileCheck(Manifest.FILE, Status.INTACT, "parsed");
        try {
            Manifest manifest = Manifest.parse(new String(manifestBytes, StandardCharsets.UTF_8));
            checkListed(dir, manifest, checks);
            for (String file : Manifest.files(dir)) {
                if (!manifest.hashes().containsKey(file)) {
                    checks.add(new FileCheck(file, Status.EXTRA, "in the folder but not in the manifest"));
                }
            }
        } catch (IllegalArgumentException e) {
            manifestCheck = new FileCheck(Manifest.FILE, Status.CHANGED, "not a manifest: " + e.getMessage());
        }
        Path signatureFile = dir.resolve(Manifest.SIGNATURE);
        SignatureCheck signature = Files.exists(signatureFile, LinkOption.NOFOLLOW_LINKS)
                ? ManifestSignature.check(manifestBytes, Files.readAllBytes(signatureFile), trusted)
                : SignatureCheck.notSigned();
        if (Manifest.FILE.equals(signature.failingFile()) && manifestCheck.intact()) {
            manifestCheck = new FileCheck(Manifest.FILE, Status.CHANGED, signature.detail());
        }
        checks.add(manifestCheck);
        if (signature.status() == SignatureCheck.Status.NOT_SIGNED) {
            if (signatureRequired) {
                checks.add(new FileCheck(Manifest.SIGNATURE, Status.MISSING,
                        "a signature is required (a trusted certificate was given), and there is none"));
            }
        } else if (signature.trust() == SignatureCheck.Trust.UNTRUSTED) {
            checks.add(new FileCheck(Manifest.SIGNATURE, Status.UNTRUSTED, signature.trustDetail()));
        } else if (Manifest.SIGNATURE.equals(signature.failingFile())) {
            checks.add(new FileCheck(Manifest.SIGNATURE, Status.CHANGED, signature.detail()));
        } else {
            checks.add(new FileCheck(Manifest.SIGNATURE, Status.INTACT, signature.detail()));
        }
        return new ArchiveVerification(dir, checks, signature);
    }

    /** @return whether every file is as manifest and signature say */
    public boolean intact() {
        return files.stream().allMatch(FileCheck::intact);
    }

    /** @return the files that fail, in the order of {@link #files()} */
    public List<FileCheck> failures() {
        return files.stream().filter(f -> !f.intact()).toList();
    }

    private static void checkListed(Path dir, Manifest manifest, List<FileCheck> checks) throws IOException {
        for (Map.Entry<String, String> entry : manifest.hashes().entrySet()) {
            Path file = dir.resolve(entry.getKey()).normalize();
            if (!file.startsWith(dir.normalize())) {
                throw new IllegalArgumentException(entry.getKey() + " lies outside the folder");
            }
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                checks.add(new FileCheck(entry.getKey(), Status.MISSING, "listed in the manifest, not in the folder"));
            } else if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                checks.add(new FileCheck(entry.getKey(), Status.CHANGED, "no longer a regular file"));
            } else {
                String now = Manifest.sha256(file);
                checks.add(now.equals(entry.getValue())
                        ? new FileCheck(entry.getKey(), Status.INTACT, "sha256 " + now)
                        : new FileCheck(entry.getKey(), Status.CHANGED, "sha256 " + now + ", manifest says "
                                + entry.getValue()));
            }
        }
    }
}
