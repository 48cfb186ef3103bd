export interface Mentionable {
  id: string;
  name: string;
  /** What follows `@` in the message text. */
  handle: string;
}

/** The `@` suggestions under the composer (a listbox driven by the textarea's keys). */
export function MentionList({
  id,
  people,
  active,
  onChoose,
}: {
  id: string;
  people: Mentionable[];
  active: number;
  onChoose: (person: Mentionable) => void;
}) {
  return (
    <ul id={id} role="listbox" className="mention-list">
      {people.map((person, index) => (
        <li
          key={person.id}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === active}
          className={index === active ? 'mention-list__item mention-list__item--active' : 'mention-list__item'}
          // mousedown, not click: the textarea's blur would close the list first.
          onMouseDown={(event) => {
            event.preventDefault();
            onChoose(person);
          }}
        >
          {person.name}
        </li>
      ))}
    </ul>
  );
}
