//! Markup helpers for the parity tests (`tests/result_parity.rs`,
//! `tests/team_parity.rs`): both compare what Leptos renders natively with
//! a hand-written renderer's markup, as a browser reads it.

/// `html` without comments (Leptos's placeholders, `<!---->`, and its
/// hydration markers, `<!>`), which no browser shows.
pub fn without_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<!--") {
        out.push_str(&rest[..at]);
        match rest[at..].find("-->") {
            Some(end) => rest = &rest[at + end + 3..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out.replace("<!>", "")
}

/// `html` with every start tag's attributes in name order, and the text
/// between tags with `&#39;` and `&quot;` as the characters they stand for:
/// neither is part of what a browser shows (Leptos's server renderer writes
/// `class` last and leaves quotes in text as they are; `result_html`
/// escapes them), and attribute values with `&#39;` as `'` (Leptos leaves
/// it as it is in a value quoted with `"`). Attribute values are quoted
/// with `"` (as both renderers write them).
pub fn sorted_attributes(html: &str) -> String {
    let text = |t: &str| t.replace("&#39;", "'").replace("&quot;", "\"");
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&text(&rest[..lt]));
        rest = &rest[lt..];
        let gt = rest.find('>').expect("a closed tag");
        let tag = &rest[1..gt];
        if tag.starts_with('/') || tag.starts_with('!') {
            out.push_str(&rest[..=gt]);
            rest = &rest[gt + 1..];
            continue;
        }
        let (name, mut attrs_text) = tag.split_once(' ').unwrap_or((tag, ""));
        let mut attrs = Vec::new();
        loop {
            attrs_text = attrs_text.trim_start();
            if attrs_text.is_empty() {
                break;
            }
            let end = attrs_text.find(['=', ' ']).unwrap_or(attrs_text.len());
            let attr = &attrs_text[..end];
            if attrs_text[end..].starts_with("=\"") {
                let close = end + 2 + attrs_text[end + 2..].find('"').expect("a closed value");
                attrs.push(format!("{attr}={}", attrs_text[end + 1..=close].replace("&#39;", "'")));
                attrs_text = &attrs_text[close + 1..];
            } else {
                attrs.push(attr.to_string());
                attrs_text = &attrs_text[end..];
            }
        }
        attrs.sort();
        out.push('<');
        out.push_str(name);
        for a in attrs {
            out.push(' ');
            out.push_str(&a);
        }
        out.push('>');
        rest = &rest[gt + 1..];
    }
    out.push_str(&text(rest));
    out
}

/// The inner HTML of the first `<tag … class="class" …>` element of `html`
/// (elements of the same tag nested inside are matched).
pub fn inner(html: &str, tag: &str, class: &str) -> Option<String> {
    inner_with(html, tag, &format!("class=\"{class}\""))
}

/// The inner HTML of the first `<tag …>` element of `html` whose start tag
/// holds `attribute` as written, e.g. `id="panel-team"` (elements of the
/// same tag nested inside are matched).
pub fn inner_with(html: &str, tag: &str, attribute: &str) -> Option<String> {
    let (open_tag, close_tag) = (format!("<{tag}"), format!("</{tag}>"));
    let wanted = format!(" {attribute}");
    let mut from = 0;
    let body = loop {
        let start = from + html[from..].find(&open_tag)?;
        let end = start + html[start..].find('>')?;
        if html[start..end].contains(&wanted) {
            break end + 1;
        }
        from = end;
    };
    let mut depth = 1;
    let mut at = body;
    loop {
        let next_open = html[at..].find(&open_tag).map(|i| at + i);
        let next_close = at + html[at..].find(&close_tag)?;
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                at = o + open_tag.len();
            }
            _ => {
                depth -= 1;
                if depth == 0 {
                    return Some(html[body..next_close].to_string());
                }
                at = next_close + close_tag.len();
            }
        }
    }
}
