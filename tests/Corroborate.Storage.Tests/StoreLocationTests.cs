namespace Corroborate.Storage.Tests;

/// <summary>Which values name PostgreSQL: explicit forms only, never a word found somewhere inside a path.</summary>
public sealed class StoreLocationTests
{
    [Theory]
    [InlineData("Host=db.example;Database=news")]
    [InlineData("host = db.example; database = news")]
    [InlineData("Database=news;Host=db.example")]
    [InlineData("Server=db.example;Database=news")]
    [InlineData("pg:Host=db.example;Database=news")]
    [InlineData("PG:Host=db.example;Database=news")]
    [InlineData("postgres://db.example/news")]
    [InlineData("postgresql://ada@db.example/news")]
    public void Explicit_postgresql_forms_are_postgresql(string value) =>
        Assert.Equal(StoreKind.Postgres, StoreLocation.Parse(value).Kind);

    [Theory]
    [InlineData("news.db")]
    [InlineData("/data/host=archive/news.db")]
    [InlineData("/data/archive;host=db.example;database=news.db")]
    [InlineData("data-host=1.db")]
    [InlineData("./Host=db.example;Database=news")]
    [InlineData("backups/server=old/news.db")]
    public void Everything_else_is_a_sqlite_path_kept_as_written(string value)
    {
        StoreLocation location = StoreLocation.Parse(value);
        Assert.Equal((StoreKind.Sqlite, value), (location.Kind, location.ConnectionString));
    }

    [Fact]
    public void A_connection_string_with_a_typo_is_reported_not_taken_for_a_file()
    {
        var error = Assert.Throws<StoreException>(() => StoreLocation.Parse("Host=db.example;Databse=news"));
        Assert.StartsWith("cannot understand the PostgreSQL connection string", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://ada:s3cret@db.example:port/news", "postgres://ada:***@db.example:port/news")]
    [InlineData("postgres://ada:s3c@ret@db:x/news", "postgres://ada:***@db:x/news")]
    [InlineData("postgres://ada@db:x/news", "postgres://ada@db:x/news")]
    [InlineData("postgres://db:x/news", "postgres://db:x/news")]
    public void Passwords_are_masked_in_messages(string url, string shown) =>
        Assert.Equal(shown, StoreLocation.WithoutPassword(url));
}
