package dev.glossarytutor.discord.fake;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed certificate for Discord's hosts, minted with BouncyCastle for the man-in-the-middle
 * proxy. The client trusts it through a trust store file (the standard
 * {@code javax.net.ssl.trustStore}), never by disabling checks.
 */
public final class TestCertificate {
    public static final String PASSWORD = "changeit";
    public static final String[] HOSTS = {"discord.com", "gateway.discord.gg", "*.discord.gg", "*.discord.com", "localhost"};

    private final KeyStore keyStore;
    private final X509Certificate certificate;

    private TestCertificate(KeyStore keyStore, X509Certificate certificate) {
        this.keyStore = keyStore;
        this.certificate = certificate;
    }

    private static TestCertificate shared;

    /**
     * One certificate for every fake Discord of the JVM: the default TLS context reads the trust
     * store once, so a second fake (a bot with other settings) must present the same certificate.
     */
    public static synchronized TestCertificate shared() {
        if (shared == null) {
            shared = mint();
        }
        return shared;
    }

    public static TestCertificate mint() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=discord.com, O=Glossary Tutor test");
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(2))), name, pair.getPublic());
            GeneralName[] sans = new GeneralName[HOSTS.length];
            for (int i = 0; i < HOSTS.length; i++) {
                sans[i] = new GeneralName(GeneralName.dNSName, HOSTS[i]);
            }
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(sans));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(holder);
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("discord", pair.getPrivate(), PASSWORD.toCharArray(), new X509Certificate[] {cert});
            return new TestCertificate(ks, cert);
        } catch (Exception e) {
            throw new IllegalStateException("could not mint the test certificate", e);
        }
    }

    /** The server side: TLS with this certificate. */
    public SSLContext serverContext() {
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keyStore, PASSWORD.toCharArray());
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            return ctx;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a PKCS12 trust store holding only this certificate, for {@code -Djavax.net.ssl.trustStore}. */
    public Path writeTrustStore(Path file) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("discord-test", certificate);
            try (OutputStream out = Files.newOutputStream(file)) {
                trust.store(out, PASSWORD.toCharArray());
            }
            return file;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
