package kz.kenes.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** One item of an {@link InstrumentVersion}: its code, kind, scoring and what it says. */
@Entity
@Table(name = "instrument_item")
public class InstrumentItem {

  @Id
  @SequenceGenerator(name = "kenes_seq", sequenceName = "kenes_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kenes_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "version_id")
  private InstrumentVersion version;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String kind;

  @Column(nullable = false)
  private boolean reversed;

  @Column(name = "module_id")
  private Long moduleId;

  @Convert(converter = ItemContentConverter.class)
  @Column(nullable = false)
  private ItemContent content;

  protected InstrumentItem() {}

  InstrumentItem(InstrumentVersion version, int position, InstrumentDefinition.ItemDefinition d) {
    this.version = version;
    this.position = position;
    this.code = d.code();
    this.kind = d.kind();
    this.reversed = Boolean.TRUE.equals(d.reversed());
    this.moduleId = d.moduleId();
    this.content =
        new ItemContent(
            d.text().stripped(),
            d.options() == null
                ? List.of()
                : d.options().stream()
                    .map(o -> new ItemOption(o.code(), o.text().stripped()))
                    .toList());
  }

  InstrumentDefinition.ItemDefinition toDefinition() {
    return new InstrumentDefinition.ItemDefinition(
        code, kind, reversed, moduleId, content.text(), content.options());
  }

  /** The index of the option with this code, if the item has one. */
  public OptionalInt optionIndex(String optionCode) {
    List<ItemOption> options = content.options();
    return IntStream.range(0, options.size())
        .filter(i -> options.get(i).code().equals(optionCode))
        .findFirst();
  }

  /** Scale and single-choice items must be answered before a response is submitted. */
  public boolean required() {
    ItemKind k = kind();
    return k == ItemKind.SCALE || k == ItemKind.SINGLE;
  }

  public Long id() {
    return id;
  }

  public int position() {
    return position;
  }

  public String code() {
    return code;
  }

  public ItemKind kind() {
    return ItemKind.ofCode(kind).orElseThrow();
  }

  public boolean reversed() {
    return reversed;
  }

  public Optional<Long> moduleId() {
    return Optional.ofNullable(moduleId);
  }

  public Translations text() {
    return content.text();
  }

  public List<ItemOption> options() {
    return content.options();
  }
}
