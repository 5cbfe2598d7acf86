//! A real SMTP server on loopback that keeps what it receives, so tests read the mail
//! exactly as a mail server would get it.

use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Clone, Debug)]
pub struct Received {
    pub to: Vec<String>,
    pub data: String,
}

impl Received {
    /// The body with quoted-printable soft line breaks and escapes undone.
    pub fn text(&self) -> String {
        let body = self.data.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or(&self.data);
        let joined = body.replace("=\r\n", "");
        let mut out = Vec::new();
        let bytes = joined.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'='
                && i + 2 < bytes.len()
                && let Ok(b) = u8::from_str_radix(&joined[i + 1..i + 3], 16)
            {
                out.push(b);
                i += 3;
                continue;
            }
            out.push(bytes[i]);
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    /// The first sign-in link in the mail.
    pub fn link(&self) -> String {
        let text = self.text();
        let start = text.find("http").expect("a link in the mail");
        text[start..].split_whitespace().next().unwrap().to_owned()
    }
}

#[derive(Clone)]
pub struct SmtpSink {
    pub port: u16,
    received: Arc<Mutex<Vec<Received>>>,
}

impl SmtpSink {
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(vec![]));
        let store = received.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let store = store.clone();
                tokio::spawn(async move {
                    let (read, mut write) = socket.into_split();
                    let mut lines = BufReader::new(read).lines();
                    let _ = write.write_all(b"220 sink.test ESMTP\r\n").await;
                    let mut to = vec![];
                    while let Ok(Some(line)) = lines.next_line().await {
                        let upper = line.to_ascii_uppercase();
                        let reply: &[u8] = if upper.starts_with("EHLO") || upper.starts_with("HELO") {
                            b"250-sink.test\r\n250 8BITMIME\r\n"
                        } else if upper.starts_with("RCPT TO:") {
                            to.push(line[8..].trim().trim_matches(['<', '>']).to_owned());
                            b"250 OK\r\n"
                        } else if upper.starts_with("DATA") {
                            let _ = write.write_all(b"354 End with .\r\n").await;
                            let mut data = String::new();
                            while let Ok(Some(l)) = lines.next_line().await {
                                if l == "." {
                                    break;
                                }
                                data.push_str(l.strip_prefix('.').filter(|_| l.starts_with("..")).unwrap_or(&l));
                                data.push_str("\r\n");
                            }
                            store.lock().unwrap().push(Received { to: std::mem::take(&mut to), data });
                            b"250 OK queued\r\n"
                        } else if upper.starts_with("QUIT") {
                            let _ = write.write_all(b"221 Bye\r\n").await;
                            break;
                        } else {
                            b"250 OK\r\n"
                        };
                        if write.write_all(reply).await.is_err() {
                            break;
                        }
                    }
                });
            }
        });
        Self { port, received }
    }

    pub fn count(&self) -> usize {
        self.received.lock().unwrap().len()
    }

    /// Waits up to five seconds for mail number `n` (counting from 1) and returns it.
    pub async fn wait_for(&self, n: usize) -> Received {
        for _ in 0..100 {
            if let Some(m) = self.received.lock().unwrap().get(n - 1) {
                return m.clone();
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("no mail number {n} arrived at the SMTP sink");
    }
}
