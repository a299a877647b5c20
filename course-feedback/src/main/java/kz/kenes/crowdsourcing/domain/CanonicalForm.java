package kz.kenes.crowdsourcing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one serialisation of a sealed {@link RevisionRecord} that its hash is taken over: JSON with
 * the members of every object in code point order, no white space, integers as plain digits, times
 * as ISO-8601 UTC with milliseconds, and strings escaped only where JSON requires it ({@code "},
 * {@code \}, control characters; the short escapes where JSON has one, else {@code \}{@code
 * u00xx}), as in RFC 8785. Everything the record says is in it, including its id, its position in
 * the chain and the hash of the record before it; only its own hash is not. A format name ({@value
 * #FORMAT}) leads, so that a later change of the form is a new format, never a silent one.
 */
public final class CanonicalForm {

  public static final String FORMAT = "kenes-revision/1";

  private CanonicalForm() {}

  public static String of(RevisionRecord record) {
    RevisionRecord.Seal seal = record.seal();
    Map<String, Object> root = new TreeMap<>();
    root.put("format", FORMAT);
    root.put("id", record.id());
    root.put("universityId", record.universityId());
    root.put("programId", record.programId());
    root.put("programCode", record.programCode());
    root.put("title", record.title());
    root.put("summary", record.summary());
    root.put("correctsId", record.correctsId());
    root.put("createdBy", record.createdBy());
    root.put("createdAt", record.createdAt());
    root.put("sealedBy", seal == null ? null : seal.sealedBy());
    root.put("sealedAt", seal == null ? null : seal.sealedAt());
    root.put("position", seal == null ? null : seal.position());
    root.put("previousHash", seal == null ? null : seal.previousHash());
    List<Object> changes = new ArrayList<>();
    for (RevisionChange change : record.changes()) {
      changes.add(change(change));
    }
    root.put("changes", changes);
    StringBuilder out = new StringBuilder(512);
    write(out, root);
    return out.toString();
  }

  private static Map<String, Object> change(RevisionChange change) {
    Map<String, Object> c = new TreeMap<>();
    c.put("kind", change.kind().code());
    c.put("moduleCode", change.moduleCode());
    c.put("note", change.note());
    c.put("proposalIds", change.proposalIds());
    c.put("approvedBy", change.approvedBy());
    c.put("approvedAt", change.approvedAt());
    c.put("fromVersion", change.fromVersion());
    c.put("toVersion", change.toVersion());
    ModuleSpec spec = change.spec();
    Map<String, Object> s = new TreeMap<>();
    s.put("title", spec.title());
    s.put("credits", spec.credits());
    s.put("hours", spec.hours());
    s.put("competencies", spec.competencies());
    s.put("learningOutcomes", spec.learningOutcomes());
    List<Object> lessons = null;
    if (spec.lessons() != null) {
      lessons = new ArrayList<>();
      for (ModuleSpec.LessonSpec lesson : spec.lessons()) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("steps", lesson.steps());
        l.put("title", lesson.title());
        lessons.add(l);
      }
    }
    s.put("lessons", lessons);
    c.put("spec", s);
    return c;
  }

  private static void write(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      string(out, text);
    } else if (value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Instant instant) {
      string(out, RevisionRecord.millis(instant).toString());
    } else if (value instanceof Map<?, ?> map) {
      object(out, map);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(out, list.get(i));
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("no canonical form for " + value.getClass());
    }
  }

  private static void object(StringBuilder out, Map<?, ?> map) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> entry : new TreeMap<>(map).entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(out, (String) entry.getKey());
      out.append(':');
      write(out, entry.getValue());
    }
    out.append('}');
  }

  private static void string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (ch < 0x20) {
            out.append(String.format("\\u%04x", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    out.append('"');
  }
}
