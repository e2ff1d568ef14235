//! Ids: present, slugs, not too long, unique in their list, and not giving
//! one of the widget's elements the element id of another ([`ElementId`]'s
//! own forms, so a form added there is checked here without a copy of it).

use std::collections::HashMap;

use super::Checker;
use crate::ids::{is_slug, ElementId, Passage, View};
use crate::model::explainer::{Evidence, Explainer};
use crate::model::limits::MAX_ID_LEN;
use crate::model::problem::ProblemKind;

/// How much of a long id a problem repeats.
pub(super) const ID_START_SHOWN: usize = 24;

impl Checker {
    /// Checks ids are present, slugs and unique; returns them mapped to their index.
    pub(super) fn unique_ids<'a>(
        &mut self,
        list: &str,
        ids: impl Iterator<Item = &'a str>,
    ) -> HashMap<&'a str, usize> {
        let mut seen = HashMap::new();
        for (index, id) in ids.enumerate() {
            let path = format!("$.{list}[{index}].id");
            if let Some(too_long) = id_too_long(id) {
                self.report(path, too_long);
            } else if !is_slug(id) {
                self.report(path, ProblemKind::NotASlug { id: id.into() });
            } else if let Some(first) = seen.insert(id, index) {
                seen.insert(id, first);
                self.report(
                    path,
                    ProblemKind::DuplicateId {
                        id: id.into(),
                        first: format!("$.{list}[{first}]"),
                    },
                );
            }
        }
        seen
    }

    /// Reports an item whose id would give one of the widget's elements the
    /// element id of another (quote `formal-agreement-evidence-1` and the first
    /// passage of tracker item `formal-agreement` both highlight as
    /// `source-formal-agreement-evidence-1`). The element ids are [`ElementId`]'s
    /// own, so a form added there is checked here without a second copy of it.
    /// Only the valid, first uses of ids (`people`, `quotes`, `deals`) take
    /// part: the others are reported already.
    pub(super) fn element_ids(
        &mut self,
        explainer: &Explainer,
        people: &HashMap<&str, usize>,
        quotes: &HashMap<&str, usize>,
        deals: &HashMap<&str, usize>,
    ) {
        // Each element id, with the item that has it (`None`: the widget itself).
        let mut owners: HashMap<String, Option<String>> = HashMap::new();
        owners.insert(ElementId::Source.id(), None);
        for view in View::ALL {
            for element in [
                ElementId::Tab(view),
                ElementId::Panel(view),
                ElementId::ViewHeading(view),
            ] {
                owners.insert(element.id(), None);
            }
        }
        let first_use =
            |ids: &HashMap<&str, usize>, index: usize, id: &str| ids.get(id) == Some(&index);
        // Tracker items and people first, so that a clash with a quote, whose
        // id an editor chooses freely, is reported at the quote.
        let mut items: Vec<ItemElements<'_>> = Vec::new();
        for (index, deal) in explainer.tracker.iter().enumerate() {
            if !first_use(deals, index, &deal.id) {
                continue;
            }
            let path = format!("$.tracker[{index}]");
            let mut elements = vec![
                (ElementId::Deal(&deal.id), path.clone()),
                (ElementId::DealHistory(&deal.id), path.clone()),
            ];
            for (e, evidence) in deal.evidence.iter().enumerate() {
                if let Evidence::Passage { .. } = evidence {
                    let passage = Passage {
                        deal: &deal.id,
                        index: e,
                    };
                    elements.push((ElementId::Passage(passage), format!("{path}.evidence[{e}]")));
                }
            }
            items.push(ItemElements {
                id: &deal.id,
                path: format!("{path}.id"),
                elements,
            });
        }
        for (index, person) in explainer.people.iter().enumerate() {
            if first_use(people, index, &person.id) {
                let path = format!("$.people[{index}]");
                let elements = vec![(ElementId::Speaker(&person.id), path.clone())];
                items.push(ItemElements {
                    id: &person.id,
                    path: format!("{path}.id"),
                    elements,
                });
            }
        }
        for (index, quote) in explainer.quotes.iter().enumerate() {
            if first_use(quotes, index, &quote.id) {
                let path = format!("$.quotes[{index}]");
                let elements = vec![
                    (ElementId::Quote(&quote.id), path.clone()),
                    (ElementId::QuoteDetails(&quote.id), path.clone()),
                    (ElementId::SourceMark(&quote.id), path.clone()),
                ];
                items.push(ItemElements {
                    id: &quote.id,
                    path: format!("{path}.id"),
                    elements,
                });
            }
        }
        for ItemElements { id, path, elements } in items {
            let mut clash = None;
            for (element, owner) in elements {
                let element = element.id();
                match owners.get(&element) {
                    Some(other) if clash.is_none() => clash = Some((element, other.clone())),
                    Some(_) => {}
                    None => {
                        owners.insert(element, Some(owner));
                    }
                }
            }
            if let Some((element, other)) = clash {
                let id = id.to_string();
                self.report(path, ProblemKind::IdClash { id, element, other });
            }
        }
    }
}

/// An item's id, where it is, and the elements of the widget it gives an id,
/// each with the JSON path of what it shows.
struct ItemElements<'a> {
    id: &'a str,
    path: String,
    elements: Vec<(ElementId<'a>, String)>,
}

/// The problem with an id longer than [`MAX_ID_LEN`] characters, if it is.
fn id_too_long(id: &str) -> Option<ProblemKind> {
    id.chars().nth(MAX_ID_LEN)?;
    Some(ProblemKind::IdTooLong {
        start: id.chars().take(ID_START_SHOWN).collect(),
        length: id.chars().count(),
    })
}
