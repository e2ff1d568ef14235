//! What the Studio's views share, in the widget's shape
//! (`news_explainer::context`): one dispatcher for every edit, and the draft
//! as `Rc` data, so the root hands its children no callbacks and no copies.
//!
//! Two contexts, because they change at different rates: the dispatcher never
//! changes (a view that needs only it, the start panel or a move button, never
//! renders again for it), the draft changes with every edit.

use std::rc::Rc;

use news_explainer::model::anchor::SourceText;
use news_explainer::model::Explainer;
use yew::prelude::*;

use crate::desk::DeskAction;
use crate::draft::Action;

/// Where every edit goes: the Studio's reducer, one stable callback.
#[derive(Clone, PartialEq)]
pub struct Dispatch(pub Callback<Action>);

/// Where every request of the desk goes (log in, open, resolve a conflict,
/// restore…): the desk hook's one stable callback
/// ([`crate::hooks::use_desk`]).
#[derive(Clone, PartialEq)]
pub struct DeskDispatch(pub Callback<DeskAction>);

/// The desk's dispatcher, from a desk view inside the Studio.
#[hook]
pub fn use_desk_dispatch() -> Callback<DeskAction> {
    use_context::<DeskDispatch>()
        .expect("a desk view outside the Studio's DeskDispatch")
        .0
}

/// The draft the editors show, and the texts its quotes anchor in. The editors
/// take indices into it, never copies.
#[derive(Clone, Debug)]
pub struct DraftContext {
    /// The draft explainer.
    pub explainer: Rc<Explainer>,
    /// The article's text, to anchor quotes and show selections in.
    pub source: Rc<SourceText>,
    /// The later reports' texts by id, for the quotes that name one.
    pub report_sources: Rc<Vec<(String, Rc<SourceText>)>>,
}

/// Equal when each part is the same `Rc`: every change of the draft makes a
/// new one (the root's `use_derived_draft`), and comparing a big draft
/// field by field on every draw of the root is what this saves.
impl PartialEq for DraftContext {
    fn eq(&self, other: &DraftContext) -> bool {
        Rc::ptr_eq(&self.explainer, &other.explainer)
            && Rc::ptr_eq(&self.source, &other.source)
            && Rc::ptr_eq(&self.report_sources, &other.report_sources)
    }
}

impl DraftContext {
    /// The text a quote anchors in: its report's, or the article's.
    pub fn source_of(&self, report: Option<&str>) -> &Rc<SourceText> {
        report
            .and_then(|report| self.report_sources.iter().find(|(id, _)| id == report))
            .map_or(&self.source, |(_, text)| text)
    }
}

/// The dispatcher, from a view inside the Studio.
#[hook]
pub fn use_dispatch() -> Callback<Action> {
    use_context::<Dispatch>()
        .expect("a Studio view outside the Studio's Dispatch")
        .0
}

/// The draft, from an editor shown while there is one.
#[hook]
pub fn use_draft() -> Rc<DraftContext> {
    use_context::<Rc<DraftContext>>().expect("an editor outside the Studio's DraftContext")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_anchors_in_its_reports_text_or_else_the_articles() {
        let article = Rc::new(SourceText::new(&[]));
        let later = Rc::new(SourceText::new(&[]));
        let context = DraftContext {
            explainer: Rc::new(
                news_explainer::content::default_explainer()
                    .unwrap()
                    .explainer,
            ),
            source: article.clone(),
            report_sources: Rc::new(vec![("second".into(), later.clone())]),
        };
        assert!(Rc::ptr_eq(context.source_of(None), &article));
        assert!(Rc::ptr_eq(context.source_of(Some("second")), &later));
        assert!(Rc::ptr_eq(context.source_of(Some("gone")), &article));
    }
}
