package nl.codewerk.testsupport;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.codewerk.workspace.Project;

/**
 * Everything a project holds, as text: every row of every table in a fixed order. Two equal
 * snapshots mean the project was left exactly as it was.
 */
public final class ProjectSnapshot {

    private ProjectSnapshot() {
    }

    public static String of(Project project) {
        return project.database().read(c -> {
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            StringBuilder out = new StringBuilder();
            for (String table : tables) {
                out.append("## ").append(table).append('\n');
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            out.append(meta.getColumnName(i)).append('=').append(rs.getString(i)).append('\t');
                        }
                        out.append('\n');
                    }
                }
            }
            return out.toString();
        });
    }
}
