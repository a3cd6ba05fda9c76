from serving.launcher import main

main()
