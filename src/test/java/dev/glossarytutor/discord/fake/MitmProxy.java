package dev.glossarytutor.discord.fake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * An HTTP CONNECT proxy on 127.0.0.1 that terminates TLS itself (with {@link TestCertificate})
 * instead of tunnelling, then serves HTTP/1.1 requests and WebSocket upgrades from a
 * {@link Handler}. Every host the client asks for ends up at the same fake.
 */
public final class MitmProxy implements AutoCloseable {

    /** What serves the decrypted traffic. */
    public interface Handler {
        /** A REST call; returns status, JSON body (may be empty). */
        Response http(String host, RecordedRequest request);

        /** A WebSocket connection after the 101 handshake; returns when it is closed. */
        void websocket(String host, InputStream in, OutputStream out) throws IOException;
    }

    /** An HTTP response. */
    public record Response(int status, String body) {
        public static Response json(String body) {
            return new Response(200, body);
        }

        public static Response noContent() {
            return new Response(204, "");
        }
    }

    private final ServerSocket server;
    private final SSLContext tls;
    private final Handler handler;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-discord-conn");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;

    public MitmProxy(SSLContext tls, Handler handler) throws IOException {
        this.tls = tls;
        this.handler = handler;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.submit(this::acceptLoop);
    }

    public InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", server.getLocalPort());
    }

    public int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                threads.submit(() -> serve(s));
            } catch (IOException e) {
                if (!closed) {
                    e.printStackTrace();
                }
            }
        }
    }

    private void serve(Socket plain) {
        try (plain) {
            InputStream in = plain.getInputStream();
            String requestLine = readLine(in);
            Map<String, String> headers = readHeaders(in);
            String[] parts = requestLine.split(" ");
            if (parts.length < 2 || !parts[0].equals("CONNECT")) {
                plain.getOutputStream().write("HTTP/1.1 405 Only CONNECT\r\nContent-Length: 0\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                return;
            }
            String host = parts[1].replaceFirst(":\\d+$", "");
            plain.getOutputStream().write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            plain.getOutputStream().flush();
            SSLSocket tlsSocket = (SSLSocket) tls.getSocketFactory().createSocket(plain, null, true);
            tlsSocket.setUseClientMode(false);
            tlsSocket.startHandshake();
            serveHttp(host, tlsSocket.getInputStream(), tlsSocket.getOutputStream());
            headers.clear();
        } catch (IOException e) {
            // the client went away; nothing to do
        }
    }

    private void serveHttp(String host, InputStream in, OutputStream out) throws IOException {
        while (!closed) {
            String requestLine = readLine(in);
            if (requestLine == null || requestLine.isEmpty()) {
                return;
            }
            Map<String, String> headers = readHeaders(in);
            String[] parts = requestLine.split(" ");
            String method = parts[0];
            String target = parts[1];
            if ("websocket".equalsIgnoreCase(headers.getOrDefault("upgrade", ""))) {
                out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Accept: " + WebSocketFrames.accept(headers.get("sec-websocket-key"))
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                handler.websocket(host, in, out);
                return;
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            byte[] body = in.readNBytes(length);
            String path = target.replaceFirst("\\?.*$", "");
            Response r = handler.http(host, new RecordedRequest(method, path, Map.copyOf(headers),
                    new String(body, StandardCharsets.UTF_8)));
            byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
            String head = "HTTP/1.1 " + r.status() + " " + (r.status() < 300 ? "OK" : "Error") + "\r\n"
                    + "Date: " + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                            .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)) + "\r\n"
                    + (bytes.length > 0 ? "Content-Type: application/json\r\n" : "")
                    + "Content-Length: " + bytes.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
        }
    }

    private static Map<String, String> readHeaders(InputStream in) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                break;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        threads.shutdownNow();
    }
}
