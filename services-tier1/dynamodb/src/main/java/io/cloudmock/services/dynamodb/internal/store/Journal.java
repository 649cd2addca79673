package io.cloudmock.services.dynamodb.internal.store;

/** Where acknowledged changes go to survive a restart; {@link #NONE} when not persistent. */
public interface Journal {

    Journal NONE = new Journal() {
        @Override
        public void tableChanged(String scope, TableMeta meta) {
        }

        @Override
        public void tableDeleted(String scope, String table) {
        }

        @Override
        public void itemPut(String scope, String table, byte[] item) {
        }

        @Override
        public void itemDeleted(String scope, String table, byte[] key) {
        }
    };

    void tableChanged(String scope, TableMeta meta);

    void tableDeleted(String scope, String table);

    void itemPut(String scope, String table, byte[] item);

    void itemDeleted(String scope, String table, byte[] key);
}
