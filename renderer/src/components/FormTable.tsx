import type { ReactNode } from 'react';

interface Props {
  /** Header text and width in millimetres, adding up to the printable width (194 mm on A4). */
  columns: readonly (readonly [string, number])[];
  /** The body's rows. */
  children: ReactNode;
}

/** The table of a printed form: fixed column widths, the header repeated on every page. */
export function FormTable({ columns, children }: Props) {
  return (
    <table>
      <colgroup>
        {columns.map(([name, mm]) => (
          <col key={name} style={{ width: `${mm}mm` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map(([name]) => (
            <th key={name}>{name}</th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
