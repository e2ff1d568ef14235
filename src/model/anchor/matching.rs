//! Finding every occurrence of many quotes in one pass: an Aho–Corasick
//! automaton over their normalized words, overlapping matches included.

/// "No node": the root is node 0, so 0 cannot mark an absent link.
const NONE: u32 = u32::MAX;

/// Where the patterns start: [`Matcher::find_overlapping`]'s answer.
pub(super) struct Found {
    /// By slot, the start offsets kept.
    starts: Vec<Vec<usize>>,
    /// By slot, true when some starts were not kept.
    overflowed: Vec<bool>,
}

/// An Aho–Corasick automaton over the bytes of many patterns, reporting every
/// occurrence of every pattern, overlapping ones and ones inside others too.
///
/// Written out here rather than taken from the `aho-corasick` crate: measured
/// after wasm-opt, the crate adds about 30 KB gzip to the Wasm (17 KB using
/// only its NFA), these lines about 1 KB. Edges are sorted per node and
/// binary-searched: slower than a full transition table, but a table of 256
/// links per node would cost megabytes for a long explainer.
pub(super) struct Matcher {
    nodes: Vec<Node>,
    /// For each pattern, its slot in [`Matcher::find_overlapping`]'s answer;
    /// identical patterns share a slot, an empty pattern has none.
    slots: Vec<u32>,
    /// How many distinct non-empty patterns there are.
    distinct: usize,
}

/// One trie node: the bytes read so far spell a prefix of some pattern.
struct Node {
    /// `(byte, child)`, sorted by byte.
    edges: Vec<(u8, u32)>,
    /// The node for the longest proper suffix of this node's bytes that is in
    /// the trie, where the search goes on when no edge fits the next byte.
    fail: u32,
    /// The nearest node along the `fail` chain (this node excluded) that ends a
    /// pattern, or `NONE`: how a pattern that is a suffix of another is found
    /// without walking the whole chain.
    output: u32,
    /// The slot of the pattern ending here, or `NONE`.
    slot: u32,
    /// The number of bytes this node spells.
    depth: u32,
}

impl Node {
    fn new(depth: u32) -> Node {
        Node {
            edges: Vec::new(),
            fail: 0,
            output: NONE,
            slot: NONE,
            depth,
        }
    }

    fn child(&self, byte: u8) -> Option<u32> {
        self.edges
            .binary_search_by_key(&byte, |&(b, _)| b)
            .ok()
            .map(|i| self.edges[i].1)
    }
}

impl Matcher {
    pub(super) fn new<'p>(patterns: impl IntoIterator<Item = &'p str>) -> Matcher {
        let mut nodes = vec![Node::new(0)];
        let mut distinct = 0;
        let mut slots = Vec::new();
        for pattern in patterns {
            if pattern.is_empty() {
                slots.push(NONE);
                continue;
            }
            let mut node = 0;
            for &byte in pattern.as_bytes() {
                let edges = &nodes[node as usize].edges;
                node = match edges.binary_search_by_key(&byte, |&(b, _)| b) {
                    Ok(i) => edges[i].1,
                    Err(i) => {
                        let child = nodes.len() as u32;
                        let depth = nodes[node as usize].depth + 1;
                        nodes[node as usize].edges.insert(i, (byte, child));
                        nodes.push(Node::new(depth));
                        child
                    }
                };
            }
            let end = &mut nodes[node as usize];
            if end.slot == NONE {
                end.slot = distinct;
                distinct += 1;
            }
            slots.push(end.slot);
        }
        // Breadth first: a node's failure link points at a shallower node, whose
        // own links are then already set.
        let mut queue = vec![0u32];
        let mut next = 0;
        while let Some(&parent) = queue.get(next) {
            next += 1;
            for e in 0..nodes[parent as usize].edges.len() {
                let (byte, child) = nodes[parent as usize].edges[e];
                let fail = if parent == 0 {
                    0
                } else {
                    Self::next(&nodes, nodes[parent as usize].fail, byte)
                };
                let output = match nodes[fail as usize].slot {
                    NONE => nodes[fail as usize].output,
                    _ => fail,
                };
                nodes[child as usize].fail = fail;
                nodes[child as usize].output = output;
                queue.push(child);
            }
        }
        Matcher {
            nodes,
            slots,
            distinct: distinct as usize,
        }
    }

    /// The node reached from `node` on `byte`, following failure links until
    /// some node has an edge for it (or the root, which needs none).
    fn next(nodes: &[Node], mut node: u32, byte: u8) -> u32 {
        loop {
            if let Some(child) = nodes[node as usize].child(byte) {
                return child;
            }
            if node == 0 {
                return 0;
            }
            node = nodes[node as usize].fail;
        }
    }

    /// The byte offsets in `haystack` where each distinct pattern starts, in
    /// increasing order, indexed by slot; read them with [`Matcher::starts`].
    /// At most `cap` offsets are kept in all: a pattern with more not kept is
    /// marked as overflowing, so pathological patterns (`a`, `aa`, `aaa`…
    /// over a text of `a`s) cannot fill the memory.
    pub(super) fn find_overlapping(&self, haystack: &str, cap: usize) -> Found {
        let mut found = Found {
            starts: vec![Vec::new(); self.distinct],
            overflowed: vec![false; self.distinct],
        };
        let mut kept = 0;
        let mut node = 0;
        for (offset, &byte) in haystack.as_bytes().iter().enumerate() {
            node = Self::next(&self.nodes, node, byte);
            // Every pattern ending here: this node's own, then each shorter one
            // that is a suffix of it ("deal" inside "no deal").
            let mut hit = match self.nodes[node as usize].slot {
                NONE => self.nodes[node as usize].output,
                _ => node,
            };
            while hit != NONE {
                let hit_node = &self.nodes[hit as usize];
                let slot = hit_node.slot as usize;
                if kept < cap {
                    found.starts[slot].push(offset + 1 - hit_node.depth as usize);
                    kept += 1;
                } else {
                    found.overflowed[slot] = true;
                }
                hit = hit_node.output;
            }
        }
        found
    }

    /// Where pattern `index` (in the order given to [`Matcher::new`]) starts,
    /// from `found`, the answer of [`Matcher::find_overlapping`].
    /// `None` when some of them were not kept (see [`Matcher::find_overlapping`]).
    pub(super) fn starts<'f>(&self, found: &'f Found, index: usize) -> Option<&'f [usize]> {
        match self.slots[index] {
            NONE => Some(&[]),
            slot if found.overflowed[slot as usize] => None,
            slot => Some(&found.starts[slot as usize]),
        }
    }
}
