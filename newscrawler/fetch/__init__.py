"""How pages are fetched: which article requests an incremental run skips (`incremental`), which
pages are fetched again through Chromium (`rendering`), and the download handler that does it
without starting a browser for plain pages (`handler`)."""
