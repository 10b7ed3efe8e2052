/**
 * A table's column headings. A last column of per-row buttons gets a heading too, out of sight, so a screen
 * reader still names the column the buttons are in.
 */
export function ColumnHeaders({ columns, actions = false }: { columns: readonly string[]; actions?: boolean }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th scope="col" key={column}>
            {column}
          </th>
        ))}
        {actions ? (
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        ) : null}
      </tr>
    </thead>
  );
}
