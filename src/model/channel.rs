//! The omnichannel list: every way a customer can meet the brand (DESIGN §1, seed 004).

use serde::{Deserialize, Serialize};

/// A contact channel of a touchpoint card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Channel {
    /// A physical store, branch or front desk.
    Store,
    /// A phone call, including cold calls.
    Phone,
    /// Mail and printed catalogues.
    MailCatalog,
    /// Email.
    Email,
    /// The brand's website or a marketplace.
    Website,
    /// Forums and blogs.
    ForumBlog,
    /// Social networks.
    Social,
    /// Messaging apps and SMS.
    Messaging,
    /// Click and collect: order online, pick up in store.
    ClickCollect,
    /// A QR code.
    QrCode,
    /// Advertising: TV, radio, billboards, online ads.
    Ads,
    /// Events and trade shows.
    Event,
    /// Word of mouth: friends, family, colleagues.
    WordOfMouth,
    /// A mobile or desktop app.
    App,
}

impl Channel {
    /// Every channel, in the order menus and palettes list them.
    pub const ALL: [Channel; 14] = [
        Channel::Store,
        Channel::Phone,
        Channel::MailCatalog,
        Channel::Email,
        Channel::Website,
        Channel::ForumBlog,
        Channel::Social,
        Channel::Messaging,
        Channel::ClickCollect,
        Channel::QrCode,
        Channel::Ads,
        Channel::Event,
        Channel::WordOfMouth,
        Channel::App,
    ];

    /// The name shown to users.
    pub fn label(self) -> &'static str {
        super::Language::English.channel(self)
    }

    /// A one-character icon, drawn with the emoji font egui ships.
    pub fn icon(self) -> &'static str {
        match self {
            Channel::Store => "🏪",
            Channel::Phone => "📞",
            Channel::MailCatalog => "📬",
            Channel::Email => "📧",
            Channel::Website => "🌐",
            Channel::ForumBlog => "📝",
            Channel::Social => "👥",
            Channel::Messaging => "💬",
            Channel::ClickCollect => "📦",
            Channel::QrCode => "🔳",
            Channel::Ads => "📺",
            Channel::Event => "🎪",
            Channel::WordOfMouth => "👄",
            Channel::App => "📱",
        }
    }
}
