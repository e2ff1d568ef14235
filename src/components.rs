//! The Yew views, one component per file. Components take data and `on<verb>`
//! callbacks; behaviour that does not need the DOM lives on the model.

pub mod app;
