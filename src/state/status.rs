//! The status bar's message: shown for a few seconds after it is first drawn, then gone
//! without the person doing anything (one frame is asked for when it is due, no more).

use std::time::Duration;

use super::State;

/// How long a status message stays, in seconds.
pub const STATUS_MESSAGE_SECONDS: f64 = 6.0;

/// A message in the status bar.
#[derive(Clone, Debug, PartialEq)]
pub struct StatusMessage {
    /// The message.
    pub text: String,
    /// When it was first shown, on the window's clock (seconds); none until then.
    pub shown_at: Option<f64>,
}

impl StatusMessage {
    /// A message not shown yet.
    #[must_use]
    pub fn new(text: impl Into<String>) -> Self {
        Self { text: text.into(), shown_at: None }
    }

    /// Seconds left before it goes, at `now` (its clock starts the first time it is asked).
    pub fn seconds_left(&mut self, now: f64) -> f64 {
        let shown_at = *self.shown_at.get_or_insert(now);
        STATUS_MESSAGE_SECONDS - (now - shown_at)
    }
}

/// What the window must do about the status message at the end of a frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StatusRepaint {
    /// Nothing: no message, or it went (the frame after shows none).
    None,
    /// A new message: draw it now.
    Now,
    /// Draw once more after this long, when the message is due to go.
    After(Duration),
}

impl State {
    /// Removes the status message if its time is up at `now`, before the frame is drawn, so the
    /// frame woken for its expiry draws the bar without it and needs no frame after.
    pub fn drop_expired_status(&mut self, now: f64) {
        if self
            .status
            .as_ref()
            .is_some_and(|message| message.shown_at.is_some_and(|at| now - at >= STATUS_MESSAGE_SECONDS))
        {
            self.status = None;
        }
    }

    /// Removes the status message once its time is up, at `now` on the window's clock
    /// (seconds), and says when the window must be drawn again for it.
    pub fn expire_status(&mut self, now: f64) -> StatusRepaint {
        let Some(message) = self.status.as_mut() else { return StatusRepaint::None };
        let new = message.shown_at.is_none();
        let left = message.seconds_left(now);
        if left <= 0.0 {
            self.status = None;
            StatusRepaint::Now
        } else if new {
            StatusRepaint::Now
        } else {
            StatusRepaint::After(Duration::from_secs_f64(left))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_lasts_its_time_from_when_it_is_first_shown() {
        let mut message = StatusMessage::new("Saved");
        assert!((message.seconds_left(100.0) - STATUS_MESSAGE_SECONDS).abs() < 1e-9);
        assert!((message.seconds_left(101.0) - (STATUS_MESSAGE_SECONDS - 1.0)).abs() < 1e-9);
        assert!(message.seconds_left(100.0 + STATUS_MESSAGE_SECONDS) <= 0.0);
    }

    #[test]
    fn an_expired_message_goes_before_the_frame_is_drawn() {
        let mut state = State::new(
            crate::domain::embedded::catalogue().expect("catalogue"),
            crate::domain::Month::new(2026, 11).expect("month"),
            super::super::Folders::default(),
        );
        state.status = Some(StatusMessage::new("Saved"));
        state.drop_expired_status(10.0);
        assert!(state.status.is_some(), "a message not shown yet stays");
        assert_eq!(state.expire_status(10.0), StatusRepaint::Now);
        state.drop_expired_status(10.0 + STATUS_MESSAGE_SECONDS - 0.5);
        assert!(state.status.is_some());
        state.drop_expired_status(10.0 + STATUS_MESSAGE_SECONDS);
        assert!(state.status.is_none(), "gone before the frame woken for it is drawn");
        assert_eq!(state.expire_status(10.0 + STATUS_MESSAGE_SECONDS), StatusRepaint::None);
    }
}
