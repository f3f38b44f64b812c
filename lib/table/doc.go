// Package table is Lumen's light columnar result type: named columns of
// equal length, in order, each holding float64 values or strings. Training
// histories, temperature scans and benchmark results are Tables; scripts see
// them as lm.Table (t["col"] is an Array), notebooks as a compact HTML table.
//
// A Table is built column by column ([Table.AddFloat], [Table.AddString]) or
// row by row ([Table.AppendRow]) once its columns exist. Missing float values
// are NaN. [Table.WriteCSV] writes RFC 4180 CSV with a header row (floats in
// Go's shortest round-trip form, NaN as "NaN"), through a temporary file
// renamed into place, so a failed write leaves nothing behind. [Table.HTML]
// and [Table.String] show at most [MaxShownRows] rows: the first and the last
// ones around an ellipsis row.
package table
