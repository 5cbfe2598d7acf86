//! Outgoing mail: over SMTP when configured, else written to the log (for demo mode and
//! for an operator who has not set up mail yet; the server warns about it at start).

use crate::calendar::{self, CalendarEvent};
use crate::config::{SmtpConfig, SmtpTls};
use async_trait::async_trait;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
    pub calendar: Option<CalendarPart>,
}

impl Mail {
    /// A plain text mail, without a calendar part.
    pub fn text(to: impl Into<String>, subject: impl Into<String>, body: impl Into<String>) -> Self {
        Self { to: to.into(), subject: subject.into(), body: body.into(), calendar: None }
    }
}

/// An iCalendar object sent with a mail, so the reader's calendar offers to add, move or
/// remove the gesprek.
#[derive(Debug, Clone)]
pub struct CalendarPart {
    /// "REQUEST" or "CANCEL": the same as the object's METHOD, which mail clients read
    /// from the MIME type too.
    pub method: &'static str,
    pub ics: String,
}

impl CalendarPart {
    pub fn invitation(e: &CalendarEvent) -> Self {
        Self { method: "REQUEST", ics: calendar::invitation(e) }
    }

    pub fn cancellation(e: &CalendarEvent) -> Self {
        Self { method: "CANCEL", ics: calendar::cancellation(e) }
    }
}

#[derive(Debug, thiserror::Error)]
#[error("mail could not be sent: {0}")]
pub struct MailError(pub String);

#[async_trait]
pub trait Mailer: Send + Sync + 'static {
    async fn send(&self, mail: Mail) -> Result<(), MailError>;
}

pub struct LogMailer;

#[async_trait]
impl Mailer for LogMailer {
    async fn send(&self, mail: Mail) -> Result<(), MailError> {
        let calendar = mail.calendar.as_ref().map(|c| c.method);
        tracing::info!(to = %mail.to, subject = %mail.subject, body = %mail.body, ?calendar, "mail (no SMTP configured, logged instead)");
        Ok(())
    }
}

pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl SmtpMailer {
    pub fn new(c: &SmtpConfig) -> Result<Self, MailError> {
        let err = |e: &dyn std::fmt::Display| MailError(e.to_string());
        let builder = match c.tls {
            SmtpTls::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&c.host),
            SmtpTls::Starttls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&c.host).map_err(|e| err(&e))?,
            SmtpTls::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&c.host).map_err(|e| err(&e))?,
        };
        let mut builder = builder.port(c.port).timeout(Some(std::time::Duration::from_secs(10)));
        if let (Some(user), Some(pass)) = (&c.username, &c.password) {
            builder = builder.credentials(Credentials::new(user.clone(), pass.clone()));
        }
        let from = c.from.parse().map_err(|e| err(&e))?;
        Ok(Self { transport: builder.build(), from })
    }
}

#[async_trait]
impl Mailer for SmtpMailer {
    async fn send(&self, mail: Mail) -> Result<(), MailError> {
        let to: Mailbox = mail.to.parse().map_err(|e: lettre::address::AddressError| MailError(e.to_string()))?;
        // lettre encodes a subject with line breaks as an encoded word, so it stays one header.
        let builder = Message::builder().from(self.from.clone()).to(to).subject(mail.subject);
        let message = match mail.calendar {
            // Said outright: without it a reader takes the body for US-ASCII and garbles "ë".
            None => builder.header(ContentType::TEXT_PLAIN).body(mail.body),
            Some(part) => builder.multipart(with_calendar(mail.body, part)?),
        }
        .map_err(|e| MailError(e.to_string()))?;
        self.transport.send(message).await.map_err(|e| MailError(e.to_string()))?;
        Ok(())
    }
}

/// The layout calendar services send themselves, which Outlook, Gmail and Apple Mail show
/// as an invitation: the text and the calendar object as alternatives (a client that knows
/// calendars takes the `text/calendar` part with its method, the others show the text),
/// and the object again as invite.ics, for clients that only import attachments.
fn with_calendar(body: String, part: CalendarPart) -> Result<MultiPart, MailError> {
    let content_type = |t: &str| ContentType::parse(t).map_err(|e| MailError(e.to_string()));
    let inline = content_type(&format!("text/calendar; charset=utf-8; method={}", part.method))?;
    let file = content_type("application/ics")?;
    Ok(MultiPart::mixed()
        .multipart(
            MultiPart::alternative()
                .singlepart(SinglePart::plain(body))
                .singlepart(SinglePart::builder().header(inline).body(part.ics.clone())),
        )
        .singlepart(Attachment::new("invite.ics".to_owned()).body(part.ics, file)))
}
