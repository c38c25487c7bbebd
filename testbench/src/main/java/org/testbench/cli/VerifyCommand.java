package org.testbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.testbench.lab.LabConfig;
import org.testbench.reports.ReportFiles;
import org.testbench.reports.ReportOrigin;
import org.testbench.reports.integrity.ArchiveVerification;
import org.testbench.reports.integrity.FileCheck;
import org.testbench.reports.integrity.Manifest;
import org.testbench.reports.integrity.SignatureCheck;
import org.testbench.rigs.yaml.InputException;
import org.testbench.run.archive.ArchiveJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code testbench verify}: checks a run folder against its manifest and signature, and a report PDF
 * sent alone against the run folder it names. Exit 0 when everything holds, 5 naming every file
 * that changed, is missing or was added.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks a run folder: every file against manifest.sha256, and the signature",
            "manifest.sha256.p7s and its signer. Given a report PDF, finds its run folder from the",
            "run id the PDF carries (beside the PDF, else in --runs-dir) and checks that the PDF is",
            "the archived report of that run's data. Exit 0 when intact (an unsigned folder is",
            "intact, 'not signed', unless --trust is given); 5 naming every file that fails."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN|REPORT.pdf",
            description = "A run id (a folder of --runs-dir), a run folder's path, or a report PDF.")
    private String target;

    @Option(names = "--runs-dir", paramLabel = "DIR", defaultValue = "runs",
            description = "Where run archives are (default: ${DEFAULT-VALUE}).")
    private Path runsDir;

    @Option(names = "--trust", paramLabel = "CERT",
            description = {"The certificate the signer must be, or be issued by (PEM or DER, e.g. from",
                "keytool -exportcert -rfc). With it, an unsigned folder fails.",
                "Default: the certificate of the lab file's signing key."})
    private Path trust;

    @Mixin
    private LabOptions lab;

    @Mixin
    private OutputOptions output;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    /** The certificate to trust and where it came from, for the output. */
    private record Anchor(X509Certificate certificate, String source) {
    }

    /** A report PDF checked against its run folder. */
    private record ReportMatch(Path file, ReportOrigin origin, boolean dataMatches, boolean identical) {
        boolean holds() {
            return dataMatches && identical;
        }

        FileCheck check() {
            String what = !dataMatches ? "its data digest is not that of the run folder's data"
                    : identical ? "the archived report of the run's data"
                    : "a report of the run's data, but it differs from the archived " + ReportFiles.PDF;
            return new FileCheck(file.toString(), holds() ? FileCheck.Status.INTACT : FileCheck.Status.CHANGED, what);
        }
    }

    @Override
    public Integer call() throws Exception {
        output.applyLogLevel();
        Path asPath = Path.of(target);
        Path dir;
        ReportMatch report = null;
        if (Files.isRegularFile(asPath)) {
            ReportOrigin origin = origin(asPath);
            dir = runFolder(asPath, origin);
            report = match(asPath, origin, dir);
        } else {
            dir = Files.isDirectory(asPath) ? asPath : runsDir.resolve(target);
            if (!Files.isDirectory(dir)) {
                throw new InputException(target, null, "no such run folder, run id (in " + runsDir + ") or report PDF");
            }
        }
        Anchor anchor = anchor();
        ArchiveVerification verification = ArchiveVerification.of(dir, anchor.certificate(), trust != null);
        List<FileCheck> failures = new ArrayList<>(verification.failures());
        if (report != null && !report.holds()) {
            failures.add(report.check());
        }
        if (output.json()) {
            printJson(dir, verification, anchor, report, failures);
        } else {
            printText(dir, verification, anchor, report, failures);
        }
        return failures.isEmpty() ? ExitCode.PASS : ExitCode.INTEGRITY_FAILED;
    }

    /**
     * Prints one line per file check, e.g. {@code CHANGED   samples.csv: sha256 ..., manifest says ...}.
     *
     * @param checks the checks
     * @param out    where to print
     */
    static void printChecks(List<FileCheck> checks, PrintWriter out) {
        for (FileCheck check : checks) {
            out.println(String.format(Locale.ROOT, "  %-9s %s: %s", check.status(), check.file(), check.detail()));
        }
    }

    private static ReportOrigin origin(Path pdf) throws InputException {
        try {
            return ReportOrigin.of(pdf);
        } catch (IOException e) {
            throw new InputException(pdf.toString(), null, "not a readable PDF: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InputException(pdf.toString(), null, e.getMessage());
        }
    }

    /** The PDF's own folder when it is the run's folder, else the run's folder in --runs-dir. */
    private Path runFolder(Path pdf, ReportOrigin origin) throws InputException {
        Path parent = pdf.toAbsolutePath().getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals(origin.runId())
                && Files.exists(parent.resolve(Manifest.FILE))) {
            return pdf.getParent() == null ? parent : pdf.getParent();
        }
        Path dir = runsDir.resolve(origin.runId());
        if (!Files.isDirectory(dir)) {
            throw new InputException(pdf.toString(), null, "a report of run " + origin.runId()
                    + ", whose folder is neither beside it nor in " + runsDir + " (give --runs-dir)");
        }
        return dir;
    }

    private static ReportMatch match(Path pdf, ReportOrigin origin, Path dir) throws IOException {
        Path manifestFile = dir.resolve(Manifest.FILE);
        if (!Files.exists(manifestFile)) {
            return new ReportMatch(pdf, origin, false, false);
        }
        Manifest manifest;
        try {
            manifest = Manifest.parse(Files.readString(manifestFile, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return new ReportMatch(pdf, origin, false, false);
        }
        return new ReportMatch(pdf, origin, ReportOrigin.dataSha256(manifest).equals(origin.dataSha256()),
                Manifest.sha256(pdf).equals(manifest.hashes().get(ReportFiles.PDF)));
    }

    private Anchor anchor() throws InputException {
        if (trust != null) {
            try (InputStream in = Files.newInputStream(trust)) {
                return new Anchor((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in),
                        "--trust " + trust);
            } catch (NoSuchFileException e) {
                throw new InputException("--trust " + trust, null, "no such file");
            } catch (IOException | CertificateException | ClassCastException e) {
                throw new InputException("--trust " + trust, null, "not an X.509 certificate (PEM or DER): "
                        + e.getMessage());
            }
        }
        LabConfig config = lab.load();
        if (config != null && config.signingKey() != null) {
            return new Anchor(config.signingKey().certificate(), "the signing certificate of " + config.origin());
        }
        return new Anchor(null, null);
    }

    private void printText(Path dir, ArchiveVerification verification, Anchor anchor, ReportMatch report,
                           List<FileCheck> failures) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("run folder: " + dir);
        if (report != null) {
            out.println("report:     " + report.file() + ": run " + report.origin().runId() + ", data SHA-256 "
                    + report.origin().dataSha256() + ": " + report.check().detail());
        }
        long listed = verification.files().stream()
                .filter(f -> !f.file().equals(Manifest.FILE) && !f.file().equals(Manifest.SIGNATURE)
                        && f.status() != FileCheck.Status.EXTRA).count();
        long intact = verification.files().stream()
                .filter(f -> !f.file().equals(Manifest.FILE) && !f.file().equals(Manifest.SIGNATURE) && f.intact()).count();
        out.println("files:      " + intact + " of " + listed + " listed in " + Manifest.FILE + " intact");
        SignatureCheck signature = verification.signature();
        out.println("signature:  " + signature.detail());
        if (signature.signer() != null) {
            var signer = signature.signer();
            out.println("signer:     " + signer.subject() + ", serial " + signer.serial() + ", valid " + signer.notBefore()
                    + " to " + signer.notAfter() + (signer.issuer().equals(signer.subject()) ? " (self-signed)"
                    : ", issued by " + signer.issuer()));
        }
        if (signature.status() == SignatureCheck.Status.VALID) {
            out.println("trust:      " + signature.trustDetail() + (anchor.source() == null ? "" : " (" + anchor.source() + ")"));
        }
        printChecks(failures, out);
        out.println(failures.isEmpty() ? "verdict:    INTACT"
                : "verdict:    NOT INTACT: " + String.join(", ", failures.stream().map(FileCheck::file).toList()));
        out.flush();
    }

    private void printJson(Path dir, ArchiveVerification verification, Anchor anchor, ReportMatch report,
                           List<FileCheck> failures) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("folder", dir.toString());
        json.put("runId", dir.toAbsolutePath().normalize().getFileName().toString());
        json.put("intact", failures.isEmpty());
        json.put("failures", failures);
        json.put("files", verification.files());
        SignatureCheck signature = verification.signature();
        Map<String, Object> sig = new LinkedHashMap<>();
        sig.put("status", signature.status());
        sig.put("detail", signature.detail());
        sig.put("signer", signature.signer());
        sig.put("trust", signature.trust());
        sig.put("trustDetail", signature.trustDetail());
        sig.put("trustedCertificate", anchor.source());
        json.put("signature", sig);
        if (report != null) {
            Map<String, Object> pdf = new LinkedHashMap<>();
            pdf.put("file", report.file().toString());
            pdf.put("runId", report.origin().runId());
            pdf.put("dataSha256", report.origin().dataSha256());
            pdf.put("created", report.origin().created());
            pdf.put("dataMatches", report.dataMatches());
            pdf.put("identicalToArchived", report.identical());
            json.put("report", pdf);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(ArchiveJson.text(json));
        out.flush();
    }
}
